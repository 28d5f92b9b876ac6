/// The UTF-8 reading, with the binary sniffer's counts taken on the way: one pass over the
/// input instead of two.
extension InputDecoder {
    /// What the pass found besides the text: how many valid multibyte characters were read (for
    /// the Windows-1252 test), the sniffer's count of stray control bytes, and whether a NUL byte
    /// was met (when `stoppingAtNUL`, the pass then stops there and the text is incomplete).
    struct UTF8Reading {
        var text: DecodedText
        var controls: Int
        var sawNUL: Bool
        /// The input and the bytes the pass read.
        let input: [UInt8]
        let read: Range<Int>
        /// The valid multibyte characters read one at a time, their bytes, and the invalid bytes.
        let slowMultibyte: Int
        let slowBytes: Int
        let invalid: Int

        /// How many valid multibyte characters were read, counted when asked (only an input
        /// with invalid bytes needs it): the non-ASCII bytes read are those of the characters
        /// read one at a time, the invalid bytes, and two for each character the blocks kept.
        var multibyte: Int {
            let high = input.withUnsafeBufferPointer { InputDecoder.nonASCIICount($0, read) }
            return slowMultibyte + (high - slowBytes - invalid) / 2
        }
    }

    /// How many bytes of `bytes[range]` are not ASCII, eight at a time (their high bits summed
    /// by a multiplication).
    static func nonASCIICount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var total = 0
        var index = range.lowerBound
        let ones: UInt64 = 0x0101_0101_0101_0101
        while index + 8 <= range.upperBound {
            let word = WordAtATime.load(bytes, index)
            total += Int(truncatingIfNeeded: (((word >> 7) & ones) &* ones) >> 56)
            index += 8
        }
        while index < range.upperBound {
            if bytes[index] >= 0x80 { total += 1 }
            index += 1
        }
        return total
    }

    /// UTF-8, each invalid byte read as Windows-1252 (or U+FFFD where that has no character),
    /// and how many valid multibyte characters were read.
    static func decodeUTF8(_ input: [UInt8], skippingBOM: Bool) -> (DecodedText, multibyte: Int) {
        let reading = readUTF8(input, skippingBOM: skippingBOM, stoppingAtNUL: false)
        return (reading.text, reading.multibyte)
    }

    /// Whether a control byte (below 0x20) is one the sniffer counts against text: tab, LF, VT,
    /// FF, CR and ESC occur in real texts, other C0 controls do not (NUL is told apart first).
    @inline(__always)
    static func isStrayControl(_ byte: UInt8) -> Bool {
        byte &- 0x09 >= 5 && byte != 0x1B
    }

    static func readUTF8(_ input: [UInt8], skippingBOM: Bool, stoppingAtNUL: Bool) -> UTF8Reading {
        var rewrites = Rewrites()
        var substitutions = ByteSubstitutions()
        var slowMultibyte = 0
        var slowBytes = 0
        var invalid = 0
        var controls = 0
        var sawNUL = false
        var index = 0
        if skippingBOM {
            rewrites.add(at: 0, originalCount: 3, bytes: 0, count: 0)
            index = 3
        }
        let count = input.count
        let highBytes = Windows1252.packedHighBytes
        // The last bytes (a block reads 65) are classed in a copy, the byte after them zero: a
        // NUL, which stops the block at the text's end.
        var tail = (SIMD64<UInt8>(repeating: 0), SIMD64<UInt8>(repeating: 0))
        // Raw bytes: this loop reads every byte of every input.
        input.withUnsafeBufferPointer { text in
            guard let base = text.baseAddress else { return }
            while index < count {
                // Sixty-four bytes a turn, from a character's start: ASCII but CR and the
                // sniffer's control bytes, and the two-byte characters kept as they are, stay in
                // the run; the pass goes on one character at a time from the first other byte.
                let left = count &- index
                let block: UTF8Block
                if left > UTF8Block.width {
                    block = UTF8Block.classify(UnsafeRawPointer(base + index))
                } else {
                    block = withUnsafeMutableBytes(of: &tail) { room in
                        // Both exist: `left` is 1 to 64 and the room holds 128 bytes.
                        guard let target = room.baseAddress else { return UTF8Block(specials: 1) }
                        target.copyMemory(from: base + index, byteCount: left)
                        target.storeBytes(of: 0, toByteOffset: left, as: UInt8.self)
                        return UTF8Block.classify(UnsafeRawPointer(target))
                    }
                }
                let stops = block.stops
                if stops == 0 {
                    // A kept lead in the last lane is read again with its continuation byte.
                    index &+= UTF8Block.width &- Int(truncatingIfNeeded: block.keptLeads >> 63)
                    continue
                }
                let blockStart = index
                // The block's masks hold past a character read one at a time: such a character
                // holds no kept lead, and ends where no kept lead's continuation byte is.
                var done = 0
                while true {
                    let pending = done < UTF8Block.width ? stops & (~0 << UInt64(done)) : 0
                    if pending == 0 {
                        // A kept lead in the last lane is read again with its continuation
                        // byte; one read at a time past the block left no lead in it.
                        let last = done <= UTF8Block.width ? Int(truncatingIfNeeded: block.keptLeads >> 63) : 0
                        index = max(index, blockStart &+ UTF8Block.width &- last)
                        break
                    }
                    index = blockStart &+ pending.trailingZeroBitCount
                    guard index < count else { break }
                    let byte = text[index]
                    if byte < 0x80 && byte != 0x0D {
                        // A control byte the sniffer counts (or ESC), in no block's run.
                        if byte < 0x20 {
                            if byte == 0 {
                                sawNUL = true
                                if stoppingAtNUL { return }
                            } else if isStrayControl(byte) {
                                controls += 1
                            }
                        }
                        index += 1
                    } else if byte >= 0x80, let (scalar, length) = UTF8Scalar.decode(text, at: index),
                        TextNormalizer.packedReplacement(for: scalar) == nil
                    {
                        // A valid character kept as is stays in the run copied unchanged.
                        slowMultibyte += 1
                        slowBytes += length
                        if scalar == 0xFFFD { substitutions.lost.add(index..<(index + length)) }
                        index += length
                    } else if byte == 0x0D {
                        // The bytes before this one stay in the run copied unchanged.
                        let pair = index + 1 < count && text[index + 1] == 0x0A
                        rewrites.add(at: index, originalCount: pair ? 2 : 1, bytes: 0x0A, count: 1)
                        index += pair ? 2 : 1
                    } else if let (scalar, length) = UTF8Scalar.decode(text, at: index) {
                        slowMultibyte += 1
                        slowBytes += length
                        if let replaced = TextNormalizer.packedReplacement(for: scalar) {
                            rewrites.add(at: index, originalCount: length, bytes: replaced.bytes, count: replaced.count)
                        }
                        // (Else kept as is: it stays in the run. Not met: such a character is kept by
                        // the test above.)
                        index += length
                    } else {
                        // One byte at a time: the next byte may start a valid character again.
                        invalid += 1
                        if Windows1252.definedScalar(byte) != nil {
                            substitutions.windows1252.add(index..<(index + 1))
                            // What `appendScalar` writes for it, from the table (the byte is ≥ 0x80).
                            let replaced = highBytes[Int(byte) - 0x80]
                            rewrites.add(at: index, originalCount: 1, bytes: replaced.bytes, count: replaced.count)
                        } else {
                            substitutions.replaced.add(index..<(index + 1))
                            rewrites.add(at: index, originalCount: 1, bytes: 0xBD_BF_EF, count: 3)  // U+FFFD
                        }
                        index += 1
                    }
                    done = index &- blockStart
                }
                // A block with a stop reads one character at least.
                assert(index > blockStart, "the UTF-8 pass moves on")
            }
        }
        let (bytes, map) = rewrites.text(of: input)
        let text = DecodedText(
            bytes: bytes, map: map, encoding: skippingBOM ? .utf8BOM : .utf8, substitutions: substitutions)
        // Stopped at a NUL, the pass read up to it; else to the end.
        let read = (skippingBOM ? 3 : 0)..<min(index, count)
        return UTF8Reading(
            text: text, controls: controls, sawNUL: sawNUL, input: input, read: read,
            slowMultibyte: slowMultibyte, slowBytes: slowBytes, invalid: invalid)
    }
}
