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

    /// Decimal digits of `value`, most significant first: counted, then filled in from the
    /// last (no temporary string, no reversing).
    private static func writeDigits(_ value: UInt64, to bytes: inout [UInt8]) {
        var count = 1
        var bound: UInt64 = 10
        while count < 20, value >= bound {
            count += 1
            bound &*= 10
        }
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: count))
        var rest = value
        var index = start + count
        while rest > 0 {
            index -= 1
            bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
    }
}
