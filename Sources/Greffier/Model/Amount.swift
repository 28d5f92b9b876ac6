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
        var digits: [UInt8] = []
        var euros = magnitude / 100
        repeat {
            digits.append(UInt8(ascii: "0") + UInt8(euros % 10))
            euros /= 10
        } while euros > 0
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count + digits.count / 3 + 10)
        if cents < 0 { bytes.append(UInt8(ascii: "-")) }
        // Most significant first, a space before each full group of three that follows.
        for position in stride(from: digits.count - 1, through: 0, by: -1) {
            bytes.append(digits[position])
            if position > 0, position % 3 == 0 { bytes.append(UInt8(ascii: " ")) }
        }
        let rest = UInt8(magnitude % 100)
        bytes.append(UInt8(ascii: ","))
        bytes.append(UInt8(ascii: "0") + rest / 10)
        bytes.append(UInt8(ascii: "0") + rest % 10)
        bytes.append(contentsOf: [0x20, 0xE2, 0x82, 0xAC])  // " €"
        return String(decoding: bytes, as: UTF8.self)
    }
}
