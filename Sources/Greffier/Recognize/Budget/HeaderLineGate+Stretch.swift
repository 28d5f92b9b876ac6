/// `HeaderRow.hasLongStretch` sixteen then eight bytes at a time: most lines the gate reads are
/// prose, whose first 103 bytes hold no separator, and reading them byte by byte was much of
/// its cost.
extension HeaderLineGate {
    /// A stretch without separator longer than this holds a cell too long for a header.
    static let longest = HeaderRow.maximumCellBytes + 2

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` equal to `byte`, and no other bit (exact, unlike the
    /// borrow trick of `WordAtATime.hasByte`, whose stray bits would make false pairs of spaces).
    @inline(__always)
    private static func matches(_ byte: UInt8, in word: UInt64) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return ~(((x & lows) &+ lows) | x) & highs
    }

    /// Exactly `HeaderRow.hasLongStretch`: thirty-two, sixteen or eight bytes holding no tab, pipe nor space
    /// beside another (in them or just outside) only lengthen the stretch; others are read one
    /// by one.
    static func hasLongStretch(_ text: UnsafeBufferPointer<UInt8>, _ line: TextRange) -> Bool {
        // A line no longer than `longest` holds no longer stretch: most lines are that short.
        guard line.end - line.start > longest else { return false }
        var stretch = 0
        var index = line.start
        // Sixteen bytes a turn, while the byte after them is in the line (a space there makes
        // a pair with their last): one vector compare per separator, a second load one byte on
        // for the pairs of spaces, and the pair across the turn's start tested alone.
        if let base = text.baseAddress {
            let spaces = SIMD16<UInt8>(repeating: 0x20)
            let tabs = SIMD16<UInt8>(repeating: 0x09)
            let pipes = SIMD16<UInt8>(repeating: UInt8(ascii: "|"))
            // First thirty-two bytes a turn, as two turns of sixteen tested at once (the pair
            // across their middle is in the first's second load): a line of prose is turned
            // down in four turns, not seven. The first turn holding a separator is left to the
            // turns of sixteen, which go on from there.
            while index + 33 <= line.end {
                let here = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
                let next = UnsafeRawPointer(base + index + 1).loadUnaligned(as: SIMD16<UInt8>.self)
                let later = UnsafeRawPointer(base + index + 16).loadUnaligned(as: SIMD16<UInt8>.self)
                let after = UnsafeRawPointer(base + index + 17).loadUnaligned(as: SIMD16<UInt8>.self)
                let separators = (here .== tabs) .| (here .== pipes) .| ((here .== spaces) .& (next .== spaces))
                    .| (later .== tabs) .| (later .== pipes) .| ((later .== spaces) .& (after .== spaces))
                // FF where a separator is, read as two words (`any` of this mask became a call).
                let lanes = unsafeBitCast(SIMD16<UInt8>(repeating: 0).replacing(with: 0xFF, where: separators), to: SIMD2<UInt64>.self)
                guard lanes[0] | lanes[1] == 0, index == line.start || text[index] != 0x20 || text[index - 1] != 0x20 else { break }
                stretch &+= 32
                if stretch > longest { return true }
                index &+= 32
            }
            while index + 17 <= line.end {
                let here = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
                let next = UnsafeRawPointer(base + index + 1).loadUnaligned(as: SIMD16<UInt8>.self)
                let separators = (here .== tabs) .| (here .== pipes) .| ((here .== spaces) .& (next .== spaces))
                if !any(separators), index == line.start || text[index] != 0x20 || text[index - 1] != 0x20 {
                    stretch += 16
                    if stretch > longest { return true }
                } else if stretches(text, index..<(index + 16), line, &stretch) {
                    return true
                }
                index += 16
            }
        }
        while index + 8 <= line.end {
            let word = WordAtATime.load(text, index)
            let spaces = matches(0x20, in: word)
            let plain = matches(0x09, in: word) | matches(UInt8(ascii: "|"), in: word) == 0
                && spaces & (spaces >> 8) == 0
                && (spaces & 0x80 == 0 || index == line.start || text[index - 1] != 0x20)
                && (spaces >> 56 == 0 || index + 8 == line.end || text[index + 8] != 0x20)
            if plain {
                stretch += 8
                if stretch > longest { return true }
            } else if stretches(text, index..<(index + 8), line, &stretch) {
                return true
            }
            index += 8
        }
        return stretches(text, index..<line.end, line, &stretch)
    }

    /// The bytes of `range` read one by one, `stretch` carried on through them: whether it
    /// grows past `longest`. The turns that hold a separator, and the line's last bytes.
    @inline(__always)
    private static func stretches(
        _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ line: TextRange, _ stretch: inout Int
    ) -> Bool {
        for position in range {
            stretch = separates(text, position, line) ? 0 : stretch + 1
            if stretch > longest { return true }
        }
        return false
    }

    /// Whether the byte at `index` separates cells: a tab, a pipe, or a space beside another.
    @inline(__always)
    static func separates(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ line: TextRange) -> Bool {
        let byte = text[index]
        return byte == 0x09 || byte == UInt8(ascii: "|")
            || (byte == 0x20 && ((index > line.start && text[index - 1] == 0x20)
                || (index + 1 < line.end && text[index + 1] == 0x20)))
    }
}
