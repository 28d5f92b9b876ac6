/// The UTF-8 reading, with the binary sniffer's counts taken on the way: one pass over the
/// input instead of two.
extension InputDecoder {
    /// What the pass found besides the text: how many valid multibyte characters were read (for
    /// the Windows-1252 test), the sniffer's count of stray control bytes, and whether a NUL byte
    /// was met (when `stoppingAtNUL`, the pass then stops there and the text is incomplete).
    struct UTF8Reading {
        var text: DecodedText
        var multibyte: Int
        var controls: Int
        var sawNUL: Bool
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
        typealias Bytes = Chunk16.Bytes
        var rewrites = Rewrites()
        var substitutions = ByteSubstitutions()
        var multibyte = 0
        var controls = 0
        var sawNUL = false
        var index = 0
        if skippingBOM {
            rewrites.add(at: 0, originalCount: 3, bytes: 0, count: 0)
            index = 3
        }
        let count = input.count
        let highBytes = Windows1252.packedHighBytes
        // Raw bytes: this loop reads every byte of every input.
        input.withUnsafeBufferPointer { text in
            guard let base = text.baseAddress else { return }
            // Bytes before this offset had their control bytes counted (chunks overlap when a
            // character is handled in the middle of one).
            var sniffedTo = 0
            let lanes = Chunk16.lanes
            while index < count {
                // Sixteen bytes at a time. Plain ASCII without control bytes is skipped; control
                // bytes are counted for the sniffer; a chunk whose only non-ASCII characters
                // are the Latin letters of French texts (`é`, `à`, `ç`, `œ`: leads 0xC3–0xC9,
                // U+00C0–U+027F, valid with any continuation byte and none replaced) stays in
                // the run. Else straight to the first byte that is not ASCII, or is a CR.
                while index &+ 16 <= count {
                    // Every test made on every chunk, and one branch on the outcome: a branch a
                    // test (plain or not, control bytes or not, Latin letters or not) went either
                    // way from one chunk to the next, and its mispredictions cost more than the
                    // tests it skipped.
                    let chunk = Chunk16.load(base, index)
                    let high = chunk .>= Bytes(repeating: 0x80)
                    let allowed = ((chunk &- Bytes(repeating: 0x09)) .< Bytes(repeating: 5))
                        .| (chunk .== Bytes(repeating: 0x1B))
                    var strays = (chunk .< Bytes(repeating: 0x20)) .& .!allowed
                    if sniffedTo > index {
                        // Lanes already read by an earlier chunk are not counted again.
                        strays .&= lanes .>= Bytes(repeating: UInt8(clamping: sniffedTo - index))
                    }
                    let strayCount = Chunk16.count(strays)
                    if strayCount != 0 {
                        // NUL is one of them; looked for only when there are some.
                        if Chunk16.any(chunk .== Bytes(repeating: 0)) {
                            sawNUL = true
                            if stoppingAtNUL { return }
                        }
                        controls += strayCount
                    }
                    sniffedTo = index &+ 16
                    let returns = chunk .== Bytes(repeating: 0x0D)
                    // Each lead 0xC3–0xC9 followed by a continuation byte, every other byte
                    // ASCII, and no CR: the chunk stays in the run. The byte before the chunk
                    // tells whether lane 0 continues a lead (at offset 0, none does); a lead in
                    // the last lane is left to the next chunk.
                    let previous = index > 0 ? Chunk16.load(base, index &- 1) : Chunk16.shiftedIn(chunk)
                    let lead = (chunk &- Bytes(repeating: 0xC3)) .< Bytes(repeating: 7)
                    let afterLead = (previous &- Bytes(repeating: 0xC3)) .< Bytes(repeating: 7)
                    let continuation = (chunk &- Bytes(repeating: 0x80)) .< Bytes(repeating: 0x40)
                    let mismatch = (high .^ (lead .| afterLead)) .| (afterLead .& .!continuation) .| returns
                    if !Chunk16.any(mismatch) {
                        let last = Chunk16.lastLane(lead) ? 1 : 0
                        multibyte &+= Chunk16.count(lead) &- last
                        index &+= 16 &- last
                        continue
                    }
                    // Straight to the first byte that is not ASCII, or is a CR.
                    index &+= Chunk16.firstLane(high .| returns)
                    break
                }
                guard index < count else { break }
                let byte = text[index]
                if byte < 0x80 && byte != 0x0D {
                    // Only in the last sixteen bytes (chunks stop at non-ASCII bytes and CR only):
                    // sniffed here unless a chunk has read it.
                    if byte < 0x20, index >= sniffedTo {
                        if byte == 0 {
                            sawNUL = true
                            if stoppingAtNUL { return }
                        } else if isStrayControl(byte) {
                            controls += 1
                        }
                    }
                    index += 1
                    continue
                }
                if byte &- 0xC3 < 7, index + 1 < count, text[index + 1] & 0xC0 == 0x80 {
                    multibyte += 1
                    index += 2
                    continue
                }
                // A valid character kept as is stays in the run copied unchanged.
                if byte >= 0x80, let (scalar, length) = UTF8Scalar.decode(text, at: index),
                    TextNormalizer.packedReplacement(for: scalar) == nil
                {
                    multibyte += 1
                    if scalar == 0xFFFD { substitutions.lost.add(index..<(index + length)) }
                    index += length
                    continue
                }
                // The bytes before this one stay in the run copied unchanged.
                if byte == 0x0D {
                    let pair = index + 1 < count && text[index + 1] == 0x0A
                    rewrites.add(at: index, originalCount: pair ? 2 : 1, bytes: 0x0A, count: 1)
                    index += pair ? 2 : 1
                } else if let (scalar, length) = UTF8Scalar.decode(text, at: index) {
                    multibyte += 1
                    if let replaced = TextNormalizer.packedReplacement(for: scalar) {
                        rewrites.add(at: index, originalCount: length, bytes: replaced.bytes, count: replaced.count)
                    }
                    // (Else kept as is: it stays in the run. Not met: such a character is kept by
                    // the test above.)
                    index += length
                } else {
                    // One byte at a time: the next byte may start a valid character again.
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
            }
        }
        let (bytes, map) = rewrites.text(of: input)
        let text = DecodedText(
            bytes: bytes, map: map, encoding: skippingBOM ? .utf8BOM : .utf8, substitutions: substitutions)
        return UTF8Reading(text: text, multibyte: multibyte, controls: controls, sawNUL: sawNUL)
    }
}
