/// Cyrillic and Greek capitals that look like Latin ones: copy-paste and OCR put them in
/// headers (`СР`, bytes `d0a1 d0a0`, for `CP`). Only used to read short header words.
enum Homoglyphs {
    /// The Latin letter a look-alike scalar stands for, or nil.
    static func latin(_ scalar: UInt32) -> UInt8? {
        switch scalar {
        // Cyrillic А В Е К М Н О Р С Т Х and а е о р с х.
        case 0x410, 0x430: UInt8(ascii: "A")
        case 0x412: UInt8(ascii: "B")
        case 0x415, 0x435: UInt8(ascii: "E")
        case 0x41A: UInt8(ascii: "K")
        case 0x41C: UInt8(ascii: "M")
        case 0x41D: UInt8(ascii: "H")
        case 0x41E, 0x43E: UInt8(ascii: "O")
        case 0x420, 0x440: UInt8(ascii: "P")
        case 0x421, 0x441: UInt8(ascii: "C")
        case 0x422: UInt8(ascii: "T")
        case 0x425, 0x445: UInt8(ascii: "X")
        // Greek Α Β Ε Κ Μ Ν Ο Ρ Τ Χ.
        case 0x391: UInt8(ascii: "A")
        case 0x392: UInt8(ascii: "B")
        case 0x395: UInt8(ascii: "E")
        case 0x39A: UInt8(ascii: "K")
        case 0x39C: UInt8(ascii: "M")
        case 0x39D: UInt8(ascii: "N")
        case 0x39F: UInt8(ascii: "O")
        case 0x3A1: UInt8(ascii: "P")
        case 0x3A4: UInt8(ascii: "T")
        case 0x3A7: UInt8(ascii: "X")
        default: nil
        }
    }

    /// The word `[start, end)` with its look-alike letters read as Latin, when every letter
    /// of it is Latin or a look-alike and at least one is a look-alike; nil otherwise.
    static func latinized(_ bytes: [UInt8], _ start: Int, _ end: Int) -> [UInt8]? {
        // Most words asked about are French words with accents, or plain ASCII: settled
        // without building anything.
        var index = start
        var replaced = false
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            guard latin(Letters.scalar(bytes, at: index)) != nil else { return nil }
            replaced = true
            index += Letters.scalarLength(byte)
        }
        guard replaced else { return nil }
        return spelledInLatin(bytes, start, end)
    }

    private static func spelledInLatin(_ bytes: [UInt8], _ start: Int, _ end: Int) -> [UInt8]? {
        var result: [UInt8] = []
        var replaced = false
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                result.append(byte)
                index += 1
                continue
            }
            guard let letter = latin(Letters.scalar(bytes, at: index)) else { return nil }
            result.append(letter)
            replaced = true
            index += Letters.scalarLength(byte)
        }
        return replaced ? result : nil
    }
}
