import Foundation

/// The variations a synthetic document gets, each at a low rate so that it stays a plausible
/// act: digits changed in numbers, OCR damage (`o`/`0`, `l`/`1`, lost accents), lines
/// re-wrapped, the NOR's sequence set to the document's number; then an encoding (mostly UTF-8,
/// some Windows-1252, CRLF line ends, a byte order mark) as found in real collections.
struct Perturbation {
    var random: SplitMix64

    init(random: SplitMix64) { self.random = random }

    mutating func apply(to text: [UInt8], stamp: Int) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.count + 64)
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte &- 0x30 < 10 {
                // A run of digits: sometimes one of them changes (amounts, years, references).
                var end = index
                while end < text.count, text[end] &- 0x30 < 10 { end += 1 }
                var digits = Array(text[index..<end])
                if digits.count >= 3, random.chance(0.15) {
                    digits[Int.random(in: 0..<digits.count, using: &random)] = UInt8(ascii: "0") + UInt8.random(in: 0...9, using: &random)
                }
                output += digits
                index = end
                continue
            }
            switch byte {
            case UInt8(ascii: "o") where random.chance(0.002): output.append(UInt8(ascii: "0"))
            case UInt8(ascii: "l") where random.chance(0.002): output.append(UInt8(ascii: "1"))
            case 0xC3 where index + 1 < text.count && text[index + 1] == 0xA9 && random.chance(0.02):
                // `é` read as `e`, the commonest OCR loss in French.
                output.append(UInt8(ascii: "e"))
                index += 2
                continue
            case 0x0A where random.chance(0.03) && index + 1 < text.count && text[index + 1] != 0x0A
                && (index == 0 || text[index - 1] != 0x0A):
                output.append(0x20)
            case 0x20 where random.chance(0.004):
                output.append(0x0A)
            default:
                output.append(byte)
            }
            index += 1
        }
        return Self.stamping(output, with: stamp)
    }

    /// Sets the first NOR's sequence (`TSSZ25·30440·X`) to the document's number, else adds a
    /// reference line: every document differs from every other.
    static func stamping(_ text: [UInt8], with stamp: Int) -> [UInt8] {
        let digits = Array(String(format: "%05d", stamp % 100_000).utf8)
        var text = text
        var index = 0
        while index + 12 <= text.count {
            let candidate = text[index..<(index + 12)]
            let shape = candidate.enumerated().allSatisfy { offset, byte in
                switch offset {
                case 0..<4, 11: byte &- 0x41 < 26
                default: byte &- 0x30 < 10
                }
            }
            let boundary = index == 0 || !(text[index - 1] &- 0x41 < 26 || text[index - 1] &- 0x30 < 10)
            if shape && boundary && stamp < 100_000 {
                text.replaceSubrange((index + 6)..<(index + 11), with: digits)
                return text
            }
            index += 1
        }
        text += Array("\nRéférence de publication : BO-\(stamp)\n".utf8)
        return text
    }

    /// The document's encoding: 90 % UTF-8, 5 % Windows-1252 (when every character has a byte
    /// there), 3 % UTF-8 with CRLF line ends, 2 % UTF-8 with a byte order mark.
    mutating func encode(_ text: [UInt8]) -> [UInt8] {
        let draw = Double.random(in: 0..<1, using: &random)
        switch draw {
        case ..<0.90:
            return text
        case ..<0.95:
            let string = String(decoding: text, as: UTF8.self)
            guard let data = string.data(using: .windowsCP1252) else { return text }
            return [UInt8](data)
        case ..<0.98:
            var output: [UInt8] = []
            output.reserveCapacity(text.count + text.count / 40)
            for byte in text {
                if byte == 0x0A { output.append(0x0D) }
                output.append(byte)
            }
            return output
        default:
            return [0xEF, 0xBB, 0xBF] + text
        }
    }
}
