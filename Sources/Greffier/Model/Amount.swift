/// An amount of money in exact euro cents: never a binary float.
public struct Amount: Sendable, Equatable, Hashable, Comparable {
    public let cents: Int64
    public init(cents: Int64) { self.cents = cents }

    /// `1068044.02`, `400000`: the JSON number for this amount, exact.
    public var jsonNumber: String {
        var bytes: [UInt8] = []
        JSONNumberText.write(self, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func < (a: Amount, b: Amount) -> Bool { a.cents < b.cents }

    /// The exact sum, nil when it does not fit in 64 bits (thousands of trillion-euro cells in
    /// a hostile table): never wrapped, never a crash.
    public static func sum(_ amounts: some Sequence<Amount>) -> Amount? {
        var total: Int64 = 0
        for amount in amounts {
            let (next, overflow) = total.addingReportingOverflow(amount.cents)
            if overflow { return nil }
            total = next
        }
        return Amount(cents: total)
    }

    /// As French readers write it, for messages: `1 068 044,02 €`.
    /// Written as bytes: the grouping through `String` slices cost more than the rule reading it.
    public var frenchText: String {
        let magnitude = cents.magnitude
        let euros = magnitude / 100
        var digitCount = 1
        var rest = euros / 10
        while rest > 0 {
            digitCount += 1
            rest /= 10
        }
        // The sign, the digits with a space before each full group of three that follows,
        // `,dd` and ` €`: written straight into the string's storage from the last digit
        // back, where two arrays were made and copied.
        let integerLength = digitCount + (digitCount - 1) / 3
        let sign = cents < 0 ? 1 : 0
        let length = sign + integerLength + 3 + 4
        return String(unsafeUninitializedCapacity: length) { out in
            if sign == 1 { out[0] = UInt8(ascii: "-") }
            var value = euros
            var at = sign + integerLength - 1
            for position in 0..<digitCount {
                out[at] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
                at -= 1
                if position % 3 == 2, position + 1 < digitCount {
                    out[at] = UInt8(ascii: " ")
                    at -= 1
                }
            }
            let cents = UInt8(magnitude % 100)
            let end = sign + integerLength
            out[end] = UInt8(ascii: ",")
            out[end + 1] = UInt8(ascii: "0") + cents / 10
            out[end + 2] = UInt8(ascii: "0") + cents % 10
            // " €"
            out[end + 3] = 0x20
            out[end + 4] = 0xE2
            out[end + 5] = 0x82
            out[end + 6] = 0xAC
            return end + 7
        }
    }
}
