#if arch(x86_64)
import _Builtin_intrinsics.intel
#endif

/// Finds the amounts of money in a stretch of running text. A number is money only with a
/// currency marker; years, programme and article numbers, codes, dates, page and phone
/// numbers are not (`programme 204`, `0204-11-08`, `14/04/2021`, `01 40 56 60 00`).
enum MoneyScanner {
    /// Words after which a number names something (`programme 204 150 000 €` is 150 000 € of
    /// programme 204, not 204 150 000 €).
    static let labelWords: Set<String> = [
        "programme", "programmes", "bop", "article", "articles", "action", "actions", "page", "pages",
        "annexe", "annexes", "n", "no", "numero", "tel", "telephone", "ligne", "lot", "titre", "chapitre",
    ]

    /// Every amount in `[start, end)`, in order.
    static func amounts(_ bytes: [UInt8], from start: Int, to end: Int) -> [AmountParser.Parsed] {
        var found: [AmountParser.Parsed] = []
        forEachAmount(bytes, from: start, to: end) { amount in
            // Room for a row's worth at the first, not regrown amount by amount.
            if found.isEmpty { found.reserveCapacity(8) }
            found.append(amount)
            return true
        }
        return found
    }

    /// `!amounts(bytes, from: start, to: end).isEmpty`, stopping at the first amount: the
    /// header search asks it of lines that are mostly rows of several amounts.
    static func hasAmount(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        var found = false
        forEachAmount(bytes, from: start, to: end) { _ in
            found = true
            return false
        }
        return found
    }

    /// Calls `body` with every amount in `[start, end)`, in order, while it returns true.
    @inline(__always)
    private static func forEachAmount(_ bytes: [UInt8], from start: Int, to end: Int, _ body: (AmountParser.Parsed) -> Bool) {
        var position = start
        while position < end {
            // Most text has no digit: skip to the next one eight bytes at a time.
            position = firstDigit(bytes, from: position, to: end)
            guard position < end else { break }
            guard startsNumber(bytes, at: position, floor: start) else {
                position += 1
                continue
            }
            if let amount = amount(bytes, at: position, limit: end) {
                guard body(amount) else { return }
                position = max(amount.end, position + 1)
            } else {
                // Past this run of digits: a failed number never restarts inside itself.
                position += 1
                while position < end, ByteClass.isDigit(bytes[position]) { position += 1 }
            }
        }
    }

    /// The offset of the first ASCII digit in `[start, end)`, else `end`.
    // Sixteen bytes a test (one vector compare: a byte is a digit exactly when subtracting `0`
    // leaves less than 10, wrapping), so a clause without digits costs a few instructions per
    // sixteen bytes; the compare's lanes, 0xFF exactly at digits, then say where the first one
    // is. The last bytes before `end` are read in the same vector when the buffer goes on past
    // them, their lanes at or past `end` dropped: most calls restart after a number and end
    // within a vector.
    static func firstDigit(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var position = max(start, 0)
            let limit = min(end, buffer.count)
            #if arch(x86_64)
            // SSE2: the digits' lanes as a bit mask (`pmovmskb`), the first one its lowest bit;
            // through Swift's SIMD types `any` and the lanes' words cost several times more.
            if let base = buffer.baseAddress {
                let zeros = _mm_set1_epi8(0x30)
                let nines = _mm_set1_epi8(9)
                while position < limit, position + 16 <= buffer.count {
                    let shifted = _mm_sub_epi8(UnsafeRawPointer(base + position).loadUnaligned(as: __m128i.self), zeros)
                    // A lane is a digit exactly when it is at most 9 once `0` is taken off, wrapping.
                    let mask = _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(shifted, nines), shifted))
                    if mask != 0 {
                        let first = position + mask.trailingZeroBitCount
                        return first < limit ? first : end
                    }
                    position += 16
                }
            }
            #else
            if let base = buffer.baseAddress {
                let zeros = SIMD16<UInt8>(repeating: UInt8(ascii: "0"))
                let tens = SIMD16<UInt8>(repeating: 10)
                while position < limit, position + 16 <= buffer.count {
                    let shifted = UnsafeRawPointer(base + position).loadUnaligned(as: SIMD16<UInt8>.self) &- zeros
                    let isDigit = shifted .< tens
                    if any(isDigit) {
                        let lanes = unsafeBitCast(SIMD16<UInt8>(repeating: 0).replacing(with: 0xFF, where: isDigit),
                                                  to: SIMD2<UInt64>.self)
                        let low = UInt64(littleEndian: lanes[0])
                        let first = low != 0 ? low.trailingZeroBitCount >> 3 : 8 + UInt64(littleEndian: lanes[1]).trailingZeroBitCount >> 3
                        return position + first < limit ? position + first : end
                    }
                    position += 16
                }
            }
            #endif
            while position < limit, !ByteClass.isDigit(buffer[position]) { position += 1 }
            return position < limit ? position : end
        }
    }

    /// The amount starting exactly at `offset`, with the label-word rule applied.
    static func amount(_ bytes: [UInt8], at offset: Int, limit: Int) -> AmountParser.Parsed? {
        guard mayHaveMarker(bytes, after: offset, limit: limit), startsNumber(bytes, at: offset, floor: 0),
            let parsed = AmountParser.prose(bytes, at: offset, limit: limit)
        else { return nil }
        guard followsLabelWord(bytes, before: offset) else { return parsed }
        // `programme 204 150 000 €`: the first group is the programme's.
        guard let second = parsed.secondGroupStart else { return nil }
        return AmountParser.prose(bytes, at: second, limit: limit)
    }

    /// False only when no currency marker can follow the number at `offset`: most numbers in
    /// prose (dates, articles) have none, and parsing them cost hundreds of instructions each.
    /// An amount's digits, group separators (space, dot), decimal mark (comma, dot) and the
    /// at most two spaces before its marker are all digits, spaces, dots or commas, and a
    /// marker is no such byte: it starts at the first other byte. Every marker starts with `€`
    /// or `¬` (lead bytes E2, C2), `e`/`E` (`eur`, `euro(s)`, OCR `E`), or `k`/`K`/`m`/`M`
    /// (`k€`, `M€`, `Md€`, `keur`, `millions d'euros`). The second group, read after a label
    /// word, lies in the same stretch, so its marker would start at the same byte.
    /// A run of such bytes longer than any amount's (`markerReach`) is left to the parser, so
    /// that a row of thousands of numbers is not rescanned from each.
    static func mayHaveMarker(_ bytes: [UInt8], after offset: Int, limit: Int) -> Bool {
        var position = offset
        while position < limit {
            if position - offset >= markerReach { return true }
            let byte = bytes[position]
            if ByteClass.isDigit(byte) || byte == 0x20 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
                position += 1
                continue
            }
            switch byte {
            case 0xE2, 0xC2, UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "k"), UInt8(ascii: "K"),
                 UInt8(ascii: "m"), UInt8(ascii: "M"):
                return true
            default:
                return false
            }
        }
        return false
    }

    /// Far beyond the bytes an amount's digits and marker gap can span (15 digits, their
    /// group marks, a decimal mark and six decimals, two spaces).
    private static let markerReach = 64

    /// A number starts here: not inside a word or code (`AE2025`, `0204-11`, `5608/SG`), nor
    /// after a decimal or group mark that belongs to a number before it.
    static func startsNumber(_ bytes: [UInt8], at offset: Int, floor: Int) -> Bool {
        guard offset > floor else { return true }
        let previous = bytes[offset - 1]
        if ByteClass.isASCIIAlphanumeric(previous) { return false }
        if previous >= 0x80 {
            var lead = offset - 1
            while lead > floor, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            // `n°12`: a number after the degree sign is a number, not money.
            if Letters.isLetter(bytes, at: lead) || Letters.scalar(bytes, at: lead) == 0xB0 { return false }
            return true
        }
        if previous == UInt8(ascii: "-") || previous == UInt8(ascii: "/") || previous == UInt8(ascii: "_")
            || previous == UInt8(ascii: ".") || previous == UInt8(ascii: ",")
        {
            return !(offset - 2 >= floor && ByteClass.isASCIIAlphanumeric(bytes[offset - 2]))
        }
        return true
    }

    /// Whether the word just before `offset` (spaces between) is a label word.
    static func followsLabelWord(_ bytes: [UInt8], before offset: Int) -> Bool {
        var end = offset
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        if end >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xB0 { return true }
        var start = end
        while start > 0, ByteClass.isASCIILetter(bytes[start - 1]) || bytes[start - 1] >= 0x80 {
            start -= 1
        }
        guard start < end else { return false }
        if let key = asciiKey(bytes, start, end) { return labelKeys.contains { $0 == key } }
        return labelWords.contains(Folding.fold(bytes, start, end))
    }

    /// A word of at most sixteen ASCII letters as its lowercase bytes in two words (its fold:
    /// ASCII letters fold to their lowercase), zeros after its end; nil for a longer word or
    /// one with another byte, left to the fold. Letters are no zero byte: two words of
    /// different lengths never have the same key. Looking the fold's string up in the set
    /// hashed it, hundreds of instructions a number.
    @inline(__always)
    static func asciiKey(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Key? {
        guard end - start <= 16 else { return nil }
        var key = Key(low: 0, high: 0)
        var index = start
        while index < end {
            let byte = bytes[index]
            guard ByteClass.isASCIILetter(byte) else { return nil }
            let shift = UInt64((index - start) & 7) * 8
            if index - start < 8 {
                key.low |= UInt64(byte | 0x20) << shift
            } else {
                key.high |= UInt64(byte | 0x20) << shift
            }
            index += 1
        }
        return key
    }

    struct Key: Equatable {
        var low: UInt64
        var high: UInt64
    }

    /// `labelWords` as keys (`asciiKey`): they are lowercase ASCII words of at most sixteen
    /// letters, and an ASCII string is `==` to one exactly when its bytes are its bytes.
    static let labelKeys: [Key] = labelWords.compactMap { word in
        let bytes = Array(word.utf8)
        return asciiKey(bytes, 0, bytes.count)
    }
}
