/// Reads one amount of money at a byte offset of the normalized text, to exact cents:
/// `274 000,00 €`, `138 000€`, `185000 €`, `1 068 044,02 €`, `1,5 M€`, `3 250 k€`,
/// `1 500 000 euros`, `EUR`, and `€` read by OCR as `E` or `¬`. Never goes through a float.
///
/// Group separators are single spaces (the decoder turns no-break and narrow no-break spaces
/// into spaces) or dots; the decimal separator is a comma. A first group of more than three
/// digits stands alone (`185000`: group spaces lost), so a year before an amount is never
/// joined to it (`2025 185000 €`).
enum AmountParser {
    /// An amount as written: its value and where it stands.
    struct Parsed: Sendable, Equatable {
        let amount: Amount
        /// Offset of the first digit.
        let start: Int
        /// Offset just past the amount, its currency marker included.
        let end: Int
        /// Whether a currency marker (`€`, `euros`, `k€`, ...) follows the digits.
        let hasMarker: Bool
        /// Whether the digits had irregular groups (`27 4 000,00`) and were joined: a repair.
        let joinedStraySpace: Bool
        /// Offset of the second digit group, when there is one.
        let secondGroupStart: Int?
    }

    /// The most digits an amount may have (cents included): far above any State budget line,
    /// far below `Int64` overflow.
    static let maximumDigits = 15

    /// The digits of a number: integer part, fraction, and how it was grouped.
    struct Digits: Sendable, Equatable {
        var integer: Int64 = 0
        var integerDigits = 0
        var fraction: Int64 = 0
        var fractionDigits = 0
        var groups = 1
        var end = 0
        var leadingZero = false
        var straySpace = false
        var secondGroupStart: Int?
        /// The byte between groups: a space or a dot.
        var separator: UInt8?
    }

    /// Reads the digits starting at `start` (a digit). With `joinStraySpaces` (table cells,
    /// whose bounds are known), groups of one to three digits after a space are joined even
    /// when they are not three long.
    static func digits(_ bytes: [UInt8], at start: Int, limit: Int, joinStraySpaces: Bool) -> Digits? {
        guard start < limit, ByteClass.isDigit(bytes[start]) else { return nil }
        var result = Digits()
        var position = start
        while position < limit, ByteClass.isDigit(bytes[position]) {
            guard append(bytes[position], to: &result.integer, count: &result.integerDigits) else { return nil }
            position += 1
        }
        let firstLength = position - start
        result.leadingZero = bytes[start] == UInt8(ascii: "0") && firstLength > 1
        if firstLength <= 3 {
            position = readGroups(bytes, from: position, limit: limit, joinStraySpaces: joinStraySpaces, into: &result)
        } else if joinStraySpaces, !(firstLength == 4 && (1900...2100).contains(result.integer)) {
            // A cell whose first group space was lost (`1068 044,02 €`): regular groups follow.
            // Never after a year, which a space-aligned row puts before its amounts.
            let before = result.groups
            position = readGroups(bytes, from: position, limit: limit, joinStraySpaces: false, into: &result)
            if result.groups > before { result.straySpace = true }
        }
        position = readFraction(bytes, from: position, limit: limit,
                                dotGrouped: result.separator == UInt8(ascii: "."), into: &result)
        result.end = position
        return result
    }

    /// Groups after the first: `068 044` in `1 068 044`; returns where they end.
    private static func readGroups(
        _ bytes: [UInt8], from start: Int, limit: Int, joinStraySpaces: Bool, into result: inout Digits
    ) -> Int {
        var position = start
        while position + 1 < limit {
            let candidate = bytes[position]
            guard candidate == 0x20 || candidate == UInt8(ascii: "."),
                result.separator == nil || result.separator == candidate
            else { break }
            var groupEnd = position + 1
            while groupEnd < limit, ByteClass.isDigit(bytes[groupEnd]) { groupEnd += 1 }
            let length = groupEnd - position - 1
            if length == 3 {
                // A regular group.
            } else if joinStraySpaces, candidate == 0x20, (1...3).contains(length) || length % 3 == 0 && length > 0 {
                // In a cell: a stray space inside a group, or groups whose space was lost (`1 068044,02`).
                result.straySpace = true
            } else {
                break
            }
            for index in (position + 1)..<groupEnd {
                guard append(bytes[index], to: &result.integer, count: &result.integerDigits) else { return position }
            }
            if result.secondGroupStart == nil { result.secondGroupStart = position + 1 }
            result.groups += 1
            result.separator = candidate
            position = groupEnd
        }
        return position
    }

    /// A decimal comma (or dot, when dots do not group) and up to six digits (`1,125 M€`).
    private static func readFraction(
        _ bytes: [UInt8], from start: Int, limit: Int, dotGrouped: Bool, into result: inout Digits
    ) -> Int {
        guard start + 1 < limit else { return start }
        let mark = bytes[start]
        guard mark == UInt8(ascii: ",") || (mark == UInt8(ascii: ".") && !dotGrouped),
            ByteClass.isDigit(bytes[start + 1])
        else { return start }
        var end = start + 1
        while end < limit, ByteClass.isDigit(bytes[end]) { end += 1 }
        guard end - start - 1 <= 6 else { return start }
        var fraction: Int64 = 0
        var count = 0
        for index in (start + 1)..<end where !append(bytes[index], to: &fraction, count: &count) {
            return start
        }
        result.fraction = fraction
        result.fractionDigits = count
        return end
    }

    private static func append(_ digit: UInt8, to value: inout Int64, count: inout Int) -> Bool {
        guard count < maximumDigits else { return false }
        value = value * 10 + Int64(digit - UInt8(ascii: "0"))
        count += 1
        return true
    }

    /// Exact cents of `digits` times `multiplier`; nil when that is not a whole number of
    /// cents (`1,234 €`) or too large.
    static func cents(_ digits: Digits, multiplier: Int64) -> Int64? {
        var scale: Int64 = 1
        for _ in 0..<digits.fractionDigits { scale *= 10 }
        let (whole, overflow) = digits.integer.multipliedReportingOverflow(by: scale)
        guard !overflow else { return nil }
        let (units, overflowSum) = whole.addingReportingOverflow(digits.fraction)
        let (hundreds, overflowCents) = units.multipliedReportingOverflow(by: 100)
        let (total, overflowMultiplier) = hundreds.multipliedReportingOverflow(by: multiplier)
        guard !overflowSum, !overflowCents, !overflowMultiplier, total % scale == 0 else { return nil }
        return total / scale
    }

    /// The amount whose first digit is at `start`, in running text: a currency marker is
    /// required, and the integer part may not start with a zero (`01 40 56 60 00`).
    static func prose(_ bytes: [UInt8], at start: Int, limit: Int) -> Parsed? {
        guard let digits = digits(bytes, at: start, limit: limit, joinStraySpaces: false),
            !digits.leadingZero,
            let marker = CurrencyMarker.match(bytes, at: digits.end, limit: limit),
            !marker.ocr || looksLikeMoney(digits),
            let value = cents(digits, multiplier: marker.multiplier)
        else { return nil }
        return Parsed(amount: Amount(cents: value), start: start, end: marker.end, hasMarker: true,
                      joinedStraySpace: false, secondGroupStart: digits.secondGroupStart)
    }

    /// The OCR forms of `€` (`E`, `¬`) count only after a number shaped like money: grouped,
    /// with cents, or of five digits or more.
    private static func looksLikeMoney(_ digits: Digits) -> Bool {
        digits.groups > 1 || digits.fractionDigits == 2 || digits.integerDigits >= 5
    }

    /// The amount filling a table cell `[start, end)`, spaces around it allowed: the marker
    /// is optional (the column says what the cell holds), `HT`/`TTC` may follow, and nothing
    /// else may stand in the cell.
    static func cell(_ bytes: [UInt8], from start: Int, to end: Int) -> Parsed? {
        var first = start
        while first < end, bytes[first] == 0x20 { first += 1 }
        guard let digits = digits(bytes, at: first, limit: end, joinStraySpaces: true), !digits.leadingZero
        else { return nil }
        let marker = CurrencyMarker.match(bytes, at: digits.end, limit: end)
        if let marker, marker.ocr, !looksLikeMoney(digits) { return nil }
        let amountEnd = marker?.end ?? digits.end
        guard TaxMention.skip(bytes, from: amountEnd, to: end) == end,
            let value = cents(digits, multiplier: marker?.multiplier ?? 1)
        else { return nil }
        return Parsed(amount: Amount(cents: value), start: first, end: amountEnd, hasMarker: marker != nil,
                      joinedStraySpace: digits.straySpace, secondGroupStart: digits.secondGroupStart)
    }
}
