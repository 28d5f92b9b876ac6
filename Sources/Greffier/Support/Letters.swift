/// Non-ASCII letters of the scripts the texts use, read straight from UTF-8 bytes.
enum Letters {
    @inline(__always) static func scalarLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xC0..<0xE0: 2
        case 0xE0..<0xF0: 3
        case 0xF0..<0xF8: 4
        default: 1
        }
    }

    /// The scalar starting at `index` (the text is valid UTF-8 after decoding).
    @inline(__always)
    static func scalar<Bytes: RandomAccessCollection>(_ bytes: Bytes, at index: Int) -> UInt32
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let lead = bytes[index]
        let length = scalarLength(lead)
        guard index + length <= bytes.endIndex else { return 0xFFFD }
        switch length {
        case 2: return UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        case 3:
            return UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                | UInt32(bytes[index + 2] & 0x3F)
        case 4:
            return UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
        default: return UInt32(lead)
        }
    }

    static func isLetter(_ bytes: [UInt8], at index: Int) -> Bool {
        isLetter(scalar(bytes, at: index))
    }

    /// Latin-1 letters, Latin Extended-A/B (œ, ŕ...), Greek and Cyrillic.
    static func isLetter(_ scalar: UInt32) -> Bool {
        switch scalar {
        // `¢` is OCR's reading of `é` (`vis¢`, `d¢cret`); no French text uses the cent sign.
        case 0xA2, 0xAA, 0xB5, 0xBA: true
        case 0xC0...0x24F: scalar != 0xD7 && scalar != 0xF7
        case 0x370...0x3FF, 0x400...0x4FF: true
        default: false
        }
    }

    /// The ASCII letter(s) a Latin letter folds to without its accent (`é` → `e`, `œ` → `oe`),
    /// as bytes (0 for none): `first` is 0 when it has no ASCII fold.
    @inline(__always)
    static func asciiFoldBytes(_ scalar: UInt32) -> (first: UInt8, second: UInt8) {
        switch scalar {
        case 0xC0...0xC5, 0xE0...0xE5: (UInt8(ascii: "a"), 0)
        case 0xC6, 0xE6: (UInt8(ascii: "a"), UInt8(ascii: "e"))
        case 0xC7, 0xE7: (UInt8(ascii: "c"), 0)
        case 0xC8...0xCB, 0xE8...0xEB, 0xA2: (UInt8(ascii: "e"), 0)
        case 0xCC...0xCF, 0xEC...0xEF: (UInt8(ascii: "i"), 0)
        case 0xD1, 0xF1: (UInt8(ascii: "n"), 0)
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8: (UInt8(ascii: "o"), 0)
        case 0xD9...0xDC, 0xF9...0xFC: (UInt8(ascii: "u"), 0)
        case 0xDD, 0xFD, 0xFF, 0x178: (UInt8(ascii: "y"), 0)
        case 0x152, 0x153: (UInt8(ascii: "o"), UInt8(ascii: "e"))
        default: (0, 0)
        }
    }
}
