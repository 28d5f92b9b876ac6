/// Integers and amounts as JSON number text, written digit by digit into bytes: no `String`
/// is made for each of a record's many spans and cells.
enum JSONNumberText {
    /// `-42`, `0`, `9223372036854775807`.
    static func write(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        writeDigits(UInt64(value.magnitude), to: &bytes)
    }

    /// The shortest exact form, as JSON writers print numbers: `12.5`, `0.05`, `400000`,
    /// `-1068044.02`.
    static func write(_ amount: Amount, to bytes: inout [UInt8]) {
        if amount.cents < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = amount.cents.magnitude
        writeDigits(magnitude / 100, to: &bytes)
        let rest = UInt8(magnitude % 100)
        guard rest != 0 else { return }
        bytes.append(UInt8(ascii: "."))
        bytes.append(UInt8(ascii: "0") + rest / 10)
        if rest % 10 != 0 { bytes.append(UInt8(ascii: "0") + rest % 10) }
    }

    /// Decimal digits of `value`, most significant first: filled in from the last into a
    /// buffer on the stack (20 digits at most), then appended in order; a single digit, the
    /// most frequent, is appended at once.
    private static func writeDigits(_ value: UInt64, to bytes: inout [UInt8]) {
        if value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var index = buffer.count
            var rest = value
            while rest > 0 {
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            for position in index..<buffer.count { bytes.append(buffer[position]) }
        }
    }
}
