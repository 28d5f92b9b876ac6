/// Tells which party a closing block names: by its name or acronym, case and accents ignored
/// (`Ministere` matches `Ministére`), or by a text opening with its acronym (`DSI des
/// ministères sociaux` → `DSI`).
enum PartyMatching {
    /// Lowercased, accents removed, whitespace collapsed.
    static func fold(_ text: String) -> String {
        var text = text
        return text.withUTF8 { source in
            if let folded = asciiFold(source) { return folded }
            // Folded straight from the string's bytes into a sink, and collapsed there: the
            // copies into arrays and their appends byte by byte cost as much as the folding.
            var sink = ByteSink(capacity: source.count + 16)
            defer { sink.buffer.deallocate() }
            _ = Folding.fold(source, 0, source.count, into: &sink)
            let folded = UnsafeMutableBufferPointer(start: sink.base, count: sink.count)
            guard folded.indices.allSatisfy({ folded[$0] != 0x20 || spaceStandsAlone(UnsafeBufferPointer(folded), $0) })
            else {
                return String(decoding: folded, as: UTF8.self).split(separator: " ").joined(separator: " ")
            }
            // Spaces collapsed on the bytes, without splitting the string into Characters (the
            // split and join cost 5 % of the run): when each space byte is a Character of its own
            // (always in ASCII text), the Characters equal to `" "` are those bytes, and the
            // collapse gives what the split on `" "` and join give. In place: a byte is written
            // at or before where it was read (a space written is one skipped before).
            var count = 0
            var pendingSpace = false
            for byte in folded {
                if byte == 0x20 {
                    pendingSpace = count > 0
                } else {
                    if pendingSpace {
                        folded[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                    folded[count] = byte
                    count += 1
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: folded[0..<count]), as: UTF8.self)
        }
    }

    /// `fold` of a text whose characters all fold to ASCII (ASCII itself, and the letters with
    /// an ASCII fold: `é`, `œ`; nearly every name and closing line), nil for any other: folded
    /// and collapsed in one pass, straight into the string's storage, eight plain bytes (ASCII,
    /// no hyphen, no space to collapse) at a time. The steps are `Folding.fold`'s: ASCII lowercased, `-` +
    /// line end + spaces and tabs dropped, a letter replaced by its ASCII fold. Every space of
    /// an ASCII text stands alone, so the collapse on the bytes is the split's: a space is
    /// written after something but not after a space, and a space left last is taken back.
    /// Nothing is written past what was read (a letter's fold is at most two bytes, from two at
    /// least; a collapsed space stands for one read): the text's length is room enough.
    static func asciiFold(_ source: UnsafeBufferPointer<UInt8>) -> String? {
        var folds = true
        let folded = String(unsafeUninitializedCapacity: source.count) { output -> Int in
            guard let out = output.baseAddress, output.count >= source.count else {
                folds = source.isEmpty
                return 0
            }
            let ones: UInt64 = 0x0101_0101_0101_0101
            let end = source.count
            var count = 0
            var index = 0
            while index < end {
                if index + 8 <= end {
                    // First byte lowest. ASCII without hyphen, and no space that the collapse
                    // drops: two in a row, or one first after nothing or after a space.
                    let word = WordAtATime.loadLittleEndian(source, index)
                    let high = ones &* 0x80
                    let low = word & ~high
                    let other = word ^ (ones &* 0x20)
                    let spaces = ~(((other & ~high) &+ ~high) | other) & high
                    if word & high == 0, !WordAtATime.hasByte(UInt8(ascii: "-"), in: word), spaces & (spaces &<< 8) == 0,
                        spaces & 0x80 == 0 || (count > 0 && out[count - 1] != 0x20)
                    {
                        // Capitals (`A`–`Z`) get the case bit, as in `ByteSink.appendLowercased`.
                        let capitals = (low &+ ones &* (0x80 - 0x41)) & ~(low &+ ones &* (0x80 - 0x5B)) & ~word & high
                        UnsafeMutableRawPointer(out + count).storeBytes(of: (word | (capitals &>> 2)).littleEndian, as: UInt64.self)
                        count += 8
                        index += 8
                        continue
                    }
                }
                let byte = source[index]
                if byte < 0x80 {
                    if byte == UInt8(ascii: "-"), index + 1 < end, source[index + 1] == 0x0A {
                        index += 2
                        while index < end, ByteClass.isSpace(source[index]) { index += 1 }
                        continue
                    }
                    index += 1
                    if byte == 0x20 {
                        if count > 0, out[count - 1] != 0x20 {
                            out[count] = 0x20
                            count += 1
                        }
                        continue
                    }
                    out[count] = ByteClass.lowercased(byte)
                    count += 1
                    continue
                }
                let length = Letters.scalarLength(byte)
                let ascii = Letters.asciiFoldBytes(Letters.scalar(source, at: index))
                // A lead byte starts two bytes at least (a string's bytes are valid UTF-8).
                guard ascii.first != 0, length >= 2 else {
                    folds = false
                    return 0
                }
                out[count] = ascii.first
                count += 1
                if ascii.second != 0 {
                    out[count] = ascii.second
                    count += 1
                }
                index += length
            }
            if count > 0, out[count - 1] == 0x20 { count -= 1 }
            return count
        }
        return folds ? folded : nil
    }

    /// Whether the space byte at `index` of UTF-8 `bytes` is surely a Character of its own: it
    /// joins the character before it only if that one is a prepended mark (U+0600 and above),
    /// and the one after only if that is an extending or spacing mark or a joiner (U+0300 and
    /// above). Below those, in General Punctuation (U+2010–U+205E: dashes, quotes, bullets,
    /// none of them such marks) and beside U+FFFD (what decoding puts for unreadable bytes), it
    /// stands alone; elsewhere the split decides. The same holds of any byte of a character
    /// that no rule joins to its neighbours, such as a comma (`PostalCodeRule.words`).
    static func spaceStandsAlone(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        if index > 0, bytes[index - 1] >= 0x80 {
            var lead = index - 1
            while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            let before = scalar(bytes, at: lead)
            guard before < 0x600 || (0x2010...0x205E).contains(before) || before == 0xFFFD else { return false }
        }
        if index + 1 < bytes.count, bytes[index + 1] >= 0x80 {
            let after = scalar(bytes, at: index + 1)
            guard after < 0x300 || (0x2010...0x205E).contains(after) || after == 0xFFFD else { return false }
        }
        return true
    }

    /// The scalar value of the UTF-8 sequence whose lead byte is at `index` (the bytes are
    /// valid UTF-8: they come from a string); an unknown value for a stray continuation byte.
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32 {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return UInt32.max }
        var value = UInt32(lead) & (0x7F >> UInt32(length))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return value
    }

    /// The label of the party `text` names: its acronym; `text` as written when the party has
    /// none or no party matches; nil for nil.
    static func label(_ text: String?, parties: [(name: String, acronym: String?)]) -> String? {
        guard let text else { return nil }
        let folded = fold(text)
        for party in parties {
            let acronym = party.acronym.map(fold)
            if folded == fold(party.name) || folded == acronym {
                return party.acronym ?? text
            }
            if let acronym, folded.hasPrefix(acronym + " ") { return party.acronym }
        }
        return text
    }
}
