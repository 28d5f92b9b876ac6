/// A calendar date, printed as ISO `YYYY-MM-DD`.
public struct CalendarDate: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil when the day does not exist (`31 février`).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, year: year),
            (1000...9999).contains(year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public var description: String {
        // `writeISO`'s ten bytes written straight into a string that holds them inline: the
        // array they were appended to grew four times for each date printed.
        String(unsafeUninitializedCapacity: 10) { out in
            let zero = UInt8(ascii: "0")
            out[0] = zero + UInt8(year / 1000)
            out[1] = zero + UInt8(year / 100 % 10)
            out[2] = zero + UInt8(year / 10 % 10)
            out[3] = zero + UInt8(year % 10)
            out[4] = UInt8(ascii: "-")
            out[5] = zero + UInt8(month / 10)
            out[6] = zero + UInt8(month % 10)
            out[7] = UInt8(ascii: "-")
            out[8] = zero + UInt8(day / 10)
            out[9] = zero + UInt8(day % 10)
            return 10
        }
    }

    /// `YYYY-MM-DD` as bytes, with no `String` made on the way (records print many dates).
    /// The initializer keeps the year to four digits, the month and day to two.
    func writeISO(to bytes: inout [UInt8]) {
        let zero = UInt8(ascii: "0")
        bytes.append(zero + UInt8(year / 1000))
        bytes.append(zero + UInt8(year / 100 % 10))
        bytes.append(zero + UInt8(year / 10 % 10))
        bytes.append(zero + UInt8(year % 10))
        bytes.append(UInt8(ascii: "-"))
        bytes.append(zero + UInt8(month / 10))
        bytes.append(zero + UInt8(month % 10))
        bytes.append(UInt8(ascii: "-"))
        bytes.append(zero + UInt8(day / 10))
        bytes.append(zero + UInt8(day % 10))
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
