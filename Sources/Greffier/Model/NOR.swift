/// A NOR number: 3 letters ministry, 1 letter service, 2 digits year, 5 digits sequence,
/// 1 letter nature (A arrêté, D décret, C circulaire, J instruction, V avis, X other).
public struct NOR: Sendable, Equatable {
    public let value: String
    public let span: Span
    /// The text as it stands, when the value was repaired from it.
    public let raw: String?

    public var ministry: String { String(value.prefix(3)) }
    public var service: String { String(value.dropFirst(3).prefix(1)) }
    /// The year the two digits stand for (NOR numbering began in the 1980s).
    public var year: Int {
        let digits = Self.yearDigits(value) ?? Int(value.dropFirst(4).prefix(2)) ?? 0
        return digits >= 80 ? 1900 + digits : 2000 + digits
    }

    /// The year's two digits read off the bytes of a valid NOR (twelve ASCII bytes, so one
    /// character each); nil for any other value, left to the characters' reading.
    static func yearDigits(_ value: String) -> Int? {
        var copy = value
        return copy.withUTF8 { bytes -> Int? in
            guard isValid(bytes) else { return nil }
            return Int(bytes[4] &- 0x30) * 10 + Int(bytes[5] &- 0x30)
        }
    }
    public var sequence: String { String(value.dropFirst(6).prefix(5)) }
    public var nature: String { String(value.suffix(1)) }

    /// Whether `text` has the exact shape of a NOR.
    public static func isValid(_ text: String) -> Bool {
        // Through the string's own bytes: an array of them was made at each call.
        var copy = text
        return copy.withUTF8 { isValid($0) }
    }

    /// Whether `bytes[start..<end]` has the shape of a NOR: `isValid` of their text, as no
    /// text of twelve ASCII letters and digits decodes from other bytes (a byte that is not
    /// ASCII is no letter nor digit here, and bytes that are not UTF-8 decode to U+FFFD).
    static func isValid(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        guard end - start == 12 else { return false }
        return bytes.withUnsafeBufferPointer { isValid(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// Twelve bytes: four capitals, seven digits, a capital.
    private static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 12 else { return false }
        for (index, byte) in bytes.enumerated() {
            let digit = (4...10).contains(index)
            if digit ? !ByteClass.isDigit(byte) : !ByteClass.isUpper(byte) { return false }
        }
        return true
    }
}
