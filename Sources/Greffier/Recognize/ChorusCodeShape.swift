/// The written shape of each kind of Chorus code, matched on the normalized bytes.
struct ChorusCodeShape: Sendable {
    /// A code matched at an offset: its value, where it ends, and how it was repaired if it was.
    struct Match: Sendable, Equatable {
        let value: String
        let end: Int
        let repair: RepairRule?
    }

    /// Fixed shapes: `D` a digit, `A` an uppercase letter or digit, `-` a hyphen, `L` an
    /// uppercase letter. Made once, not at each call.
    private static func patterns(_ kind: ChorusCode.Kind) -> [[UInt8]] {
        switch kind {
        case .centreFinancier: centreFinancierPatterns
        case .domaineFonctionnel: domaineFonctionnelPatterns
        case .activite: activitePatterns
        case .codePAM: codePAMPatterns
        case .localisationInterministerielle: localisationPatterns
        case .marche: marchePatterns
        case .centreDeCouts, .serviceExecutant: []
        }
    }

    private static let centreFinancierPatterns = [Array("DDDD-AAAA-AAAA".utf8)]
    private static let domaineFonctionnelPatterns = [Array("DDDD-DD-DD".utf8), Array("DDDD-DD".utf8)]
    private static let activitePatterns = [Array("DDDDAAAAAAAA".utf8)]
    private static let codePAMPatterns = [Array("DD-DDD-AAAA-AAA-DDDD".utf8)]
    private static let localisationPatterns = [Array("LDDDD".utf8)]
    private static let marchePatterns = [Array("DDDDDDDDDD".utf8)]

    /// The code of `kind` starting exactly at `offset`, if the text there has its shape.
    /// `allowRepair`: letters read for digits in digit positions are repaired (labelled
    /// values only: without a label, a damaged shape is not evidence enough).
    static func match(_ kind: ChorusCode.Kind, in bytes: [UInt8], at offset: Int, allowRepair: Bool)
        -> Match?
    {
        guard offset < bytes.count, !continuesCode(bytes, before: offset) else { return nil }
        switch kind {
        case .centreDeCouts, .serviceExecutant:
            return matchFreeCode(kind, in: bytes, at: offset, allowRepair: allowRepair)
        default:
            return bytes.withUnsafeBufferPointer { text in
                for pattern in patterns(kind) {
                    if let found = matchPattern(pattern, in: text, at: offset, allowRepair: allowRepair) {
                        return found
                    }
                }
                return nil
            }
        }
    }

    private static func continuesCode(_ bytes: [UInt8], before offset: Int) -> Bool {
        guard offset > 0 else { return false }
        let previous = bytes[offset - 1]
        return ByteClass.isASCIIAlphanumeric(previous) || previous == UInt8(ascii: "-")
    }

    private static func endsCode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset < bytes.count else { return true }
        let next = bytes[offset]
        if ByteClass.isASCIIAlphanumeric(next) || next >= 0x80 { return false }
        // `0204-11` inside `0204-11-08` is not a complete code.
        if next == UInt8(ascii: "-"), offset + 1 < bytes.count,
            ByteClass.isASCIIAlphanumeric(bytes[offset + 1])
        {
            return false
        }
        return true
    }

    /// The shape is read first, without making anything (most offsets tried are no code), then
    /// the value made of the bytes read, for a code only.
    private static func matchPattern(
        _ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at offset: Int, allowRepair: Bool
    ) -> Match? {
        var position = offset
        var repair: RepairRule?
        for element in pattern {
            guard position < bytes.count else { return nil }
            let byte = bytes[position]
            switch element {
            case UInt8(ascii: "-"):
                guard byte == UInt8(ascii: "-") else { return nil }
                position += 1
                // A code broken after its hyphen continues on the next line.
                if position < bytes.count, bytes[position] == 0x0A {
                    position += 1
                    while position < bytes.count, ByteClass.isSpace(bytes[position]) { position += 1 }
                    repair = repair ?? .chorusLineBreak
                }
            case UInt8(ascii: "D"):
                if ByteClass.isDigit(byte) {
                    // A digit.
                } else if allowRepair, byte == UInt8(ascii: "O") {
                    // `O` read for `0` (`OCRConfusions.digit`).
                    repair = .chorusOCRConfusion
                } else {
                    return nil
                }
                position += 1
            case UInt8(ascii: "L"):
                guard ByteClass.isUpper(byte) else { return nil }
                position += 1
            default:
                guard ByteClass.isUpper(byte) || ByteClass.isDigit(byte) else { return nil }
                position += 1
            }
        }
        guard endsCode(bytes, at: position) else { return nil }
        // Nothing repaired (no line break skipped, no `O` read for `0`): the value is the bytes
        // read as they stand, made a string at once (inline, no array first).
        if repair == nil {
            return Match(value: String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<position]), as: UTF8.self),
                         end: position, repair: nil)
        }
        // The value: the bytes read, but the line break after a hyphen, and `O` read for `0`
        // in a digit's place.
        var value: [UInt8] = []
        value.reserveCapacity(pattern.count)
        position = offset
        for element in pattern {
            let byte = bytes[position]
            position += 1
            if element == UInt8(ascii: "-") {
                value.append(byte)
                if position < bytes.count, bytes[position] == 0x0A {
                    position += 1
                    while position < bytes.count, ByteClass.isSpace(bytes[position]) { position += 1 }
                }
            } else {
                value.append(element == UInt8(ascii: "D") && byte == UInt8(ascii: "O") ? UInt8(ascii: "0") : byte)
            }
        }
        return Match(value: String(decoding: value, as: UTF8.self), end: position, repair: repair)
    }

    /// Centres de coûts and services exécutants: 6 to 12 uppercase letters and digits,
    /// beginning with a letter and holding a digit (so that plain words are never codes) (`SGSIFAB075`, `DININCUB75`, `SOCBEXDO075`).
    private static func matchFreeCode(_ kind: ChorusCode.Kind, in bytes: [UInt8], at offset: Int, allowRepair: Bool)
        -> Match?
    {
        // Read on the buffer, the digit noted on the way: an array of the code's bytes is made
        // only for a département to repair, which needs an `O` among the last three.
        bytes.withUnsafeBufferPointer { text -> Match? in
            guard ByteClass.isUpper(text[offset]) else { return nil }
            var end = offset
            var holdsDigit = false
            while end < text.count, ByteClass.isUpper(text[end]) || ByteClass.isDigit(text[end]) {
                if ByteClass.isDigit(text[end]) { holdsDigit = true }
                end += 1
            }
            let length = end - offset
            guard (6...12).contains(length), endsCode(text, at: end), holdsDigit else { return nil }
            let code = UnsafeBufferPointer(rebasing: text[offset..<end])
            if kind == .centreDeCouts, allowRepair, code.suffix(3).contains(UInt8(ascii: "O")),
                let fixed = repairDepartement(Array(code))
            {
                return Match(value: String(decoding: fixed, as: UTF8.self), end: end, repair: .chorusOCRConfusion)
            }
            return Match(value: String(decoding: code, as: UTF8.self), end: end, repair: nil)
        }
    }

    /// A centre de coûts ends with a département (`075`, `75`): an `O` among the last three
    /// characters, after a letter and with at least two digits, is a zero (`SGSIFABO75`).
    static func repairDepartement(_ code: [UInt8]) -> [UInt8]? {
        guard code.count >= 6 else { return nil }
        let tail = code.suffix(3)
        let digits = tail.filter(ByteClass.isDigit).count
        let ohs = tail.filter { $0 == UInt8(ascii: "O") }.count
        guard ohs > 0, digits >= 2, digits + ohs == 3,
            ByteClass.isUpper(code[code.count - 4]), code[code.count - 4] != UInt8(ascii: "O")
        else { return nil }
        return code.prefix(code.count - 3) + tail.map { $0 == UInt8(ascii: "O") ? UInt8(ascii: "0") : $0 }
    }
}
