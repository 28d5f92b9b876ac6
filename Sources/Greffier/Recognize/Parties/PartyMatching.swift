/// Tells which party a closing block names: by its name or acronym, case and accents ignored
/// (`Ministere` matches `Ministére`), or by a text opening with its acronym (`DSI des
/// ministères sociaux` → `DSI`).
enum PartyMatching {
    /// Lowercased, accents removed, whitespace collapsed.
    static func fold(_ text: String) -> String {
        var text = text
        return text.withUTF8 { source in
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

    /// Whether the space byte at `index` of UTF-8 `bytes` is surely a Character of its own: it
    /// joins the character before it only if that one is a prepended mark (U+0600 and above),
    /// and the one after only if that is an extending or spacing mark or a joiner (U+0300 and
    /// above). Below those, and in General Punctuation (U+2010–U+205E: dashes, quotes, bullets,
    /// none of them such marks), it stands alone; elsewhere the split decides.
    static func spaceStandsAlone(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        if index > 0, bytes[index - 1] >= 0x80 {
            var lead = index - 1
            while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            let before = scalar(bytes, at: lead)
            guard before < 0x600 || (0x2010...0x205E).contains(before) else { return false }
        }
        if index + 1 < bytes.count, bytes[index + 1] >= 0x80 {
            let after = scalar(bytes, at: index + 1)
            guard after < 0x300 || (0x2010...0x205E).contains(after) else { return false }
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
