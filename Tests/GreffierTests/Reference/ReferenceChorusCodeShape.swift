@testable import Greffier

/// `ChorusCodeShape` as it read a code before: each pattern an array of strings made at each
/// call, the value appended byte by byte as the pattern was read. `ChorusCodeShape` now reads
/// the shape first and makes the value only for a code; both must answer alike.
struct ReferenceChorusCodeShape: Sendable {
    /// A code matched at an offset: its value, where it ends, and how it was repaired if it was.
    typealias Match = ChorusCodeShape.Match

    /// Fixed shapes: `D` a digit, `A` an uppercase letter or digit, `-` a hyphen.
    private static func patterns(_ kind: ChorusCode.Kind) -> [String] {
        switch kind {
        case .centreFinancier: ["DDDD-AAAA-AAAA"]
        case .domaineFonctionnel: ["DDDD-DD-DD", "DDDD-DD"]
        case .activite: ["DDDDAAAAAAAA"]
        case .codePAM: ["DD-DDD-AAAA-AAA-DDDD"]
        case .localisationInterministerielle: ["LDDDD"]
        case .marche: ["DDDDDDDDDD"]
        case .centreDeCouts, .serviceExecutant: []
        }
    }

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
            for pattern in patterns(kind) {
                if let found = matchPattern(pattern, in: bytes, at: offset, allowRepair: allowRepair) {
                    return found
                }
            }
            return nil
        }
    }

    private static func continuesCode(_ bytes: [UInt8], before offset: Int) -> Bool {
        guard offset > 0 else { return false }
        let previous = bytes[offset - 1]
        return ByteClass.isASCIIAlphanumeric(previous) || previous == UInt8(ascii: "-")
    }

    private static func endsCode(_ bytes: [UInt8], at offset: Int) -> Bool {
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

    private static func matchPattern(_ pattern: String, in bytes: [UInt8], at offset: Int, allowRepair: Bool)
        -> Match?
    {
        var value: [UInt8] = []
        var position = offset
        var repair: RepairRule?
        for element in pattern.utf8 {
            guard position < bytes.count else { return nil }
            let byte = bytes[position]
            switch element {
            case UInt8(ascii: "-"):
                guard byte == UInt8(ascii: "-") else { return nil }
                value.append(byte)
                position += 1
                // A code broken after its hyphen continues on the next line.
                if position < bytes.count, bytes[position] == 0x0A {
                    position += 1
                    while position < bytes.count, ByteClass.isSpace(bytes[position]) { position += 1 }
                    repair = repair ?? .chorusLineBreak
                }
            case UInt8(ascii: "D"):
                if ByteClass.isDigit(byte) {
                    value.append(byte)
                } else if allowRepair, let digit = OCRConfusions.digit(for: byte), byte == UInt8(ascii: "O") {
                    value.append(digit)
                    repair = .chorusOCRConfusion
                } else {
                    return nil
                }
                position += 1
            case UInt8(ascii: "L"):
                guard ByteClass.isUpper(byte) else { return nil }
                value.append(byte)
                position += 1
            default:
                guard ByteClass.isUpper(byte) || ByteClass.isDigit(byte) else { return nil }
                value.append(byte)
                position += 1
            }
        }
        guard endsCode(bytes, at: position) else { return nil }
        return Match(value: String(decoding: value, as: UTF8.self), end: position, repair: repair)
    }

    /// Centres de coûts and services exécutants: 6 to 12 uppercase letters and digits,
    /// beginning with a letter and holding a digit (so that plain words are never codes) (`SGSIFAB075`, `DININCUB75`, `SOCBEXDO075`).
    private static func matchFreeCode(_ kind: ChorusCode.Kind, in bytes: [UInt8], at offset: Int, allowRepair: Bool)
        -> Match?
    {
        guard ByteClass.isUpper(bytes[offset]) else { return nil }
        var end = offset
        while end < bytes.count, ByteClass.isUpper(bytes[end]) || ByteClass.isDigit(bytes[end]) {
            end += 1
        }
        let length = end - offset
        guard (6...12).contains(length), endsCode(bytes, at: end) else { return nil }
        var value = Array(bytes[offset..<end])
        guard value.contains(where: ByteClass.isDigit) else { return nil }
        var repair: RepairRule?
        if kind == .centreDeCouts, allowRepair, let fixed = repairDepartement(value) {
            value = fixed
            repair = .chorusOCRConfusion
        }
        return Match(value: String(decoding: value, as: UTF8.self), end: end, repair: repair)
    }

    /// A centre de coûts ends with a département (`075`, `75`): an `O` among the last three
    /// characters, after a letter and with at least two digits, is a zero (`SGSIFABO75`).
    private static func repairDepartement(_ code: [UInt8]) -> [UInt8]? {
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
