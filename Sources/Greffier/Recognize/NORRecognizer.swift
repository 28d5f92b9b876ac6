/// Finds the act's NOR: after a `NOR` label (`NOR : SFHZ2630140X`, `nor :`, letter-spaced
/// `NOR A R M E 1 8 5 1 1 1 6 X`), or alone on its line. A NOR that numbers a cited act
/// (`circulaire NOR BCRB1124995C`) belongs to that reference, not to the act.
struct NORRecognizer: Recognizer {
    /// The label's word. Its tokens are found along the lane it shares with the programme
    /// labels (`LeadLanes.programmeOrNOR`), not by reading every token.
    static let label = "nor"

    func recognize(_ document: Document, into results: inout Recognitions) {
        let tokens = document.tokens
        // Read once, as `SignatureRecognizer` does.
        let deadline = document.deadline
        var steps = 0
        // The NORs alone on their line first (few), then the labels: each unlabelled candidate
        // is added where the token walk it replaces added it, before the labels that follow it.
        // When time runs out during that scan, the labels before the line it stopped at are
        // still read, with the NORs alone found before it, as the token walk it replaces kept
        // what it had found when it stopped.
        let (alone, readUpTo) = aloneOnTheirLine(document, deadline: deadline, steps: &steps)
        var pending = alone[...]
        func addAlone(before index: Int) {
            while let first = pending.first, first.index < index {
                results.norCandidates.append(first.candidate)
                pending.removeFirst()
            }
        }
        for index in document.tokens(startingWithOneOf: LeadLanes.programmeOrNOR) {
            if index >= readUpTo || deadline.expired(&steps) {
                addAlone(before: index)
                return
            }
            // The lead first: most tokens of the lane are programme labels.
            guard document.folds.lead(index) == Self.norLead, document.isWord(index, Self.label) else { continue }
            addAlone(before: index)
            if LegalReferenceRecognizer.isCitationLabel(document, norAt: index) { continue }
            var next = index + 1
            if document.isPunctuation(next, UInt8(ascii: ":")) { next += 1 }
            guard next < tokens.count, !document.isLineEnd(next) else { continue }
            labelledCandidate(document, at: next, into: &results)
        }
        addAlone(before: readUpTo)
    }

    /// `first | second << 8` of `nor` (`FoldedTokens.lead`).
    private static let norLead = UInt16(UInt8(ascii: "n")) | UInt16(UInt8(ascii: "o")) << 8

    /// The NORs alone on their line, with their token's index, in text order: a word of twelve
    /// bytes, the first an ASCII capital, first on its line (after tabs) and last, that is a
    /// valid NOR; and the token the scan read up to: the token count, or the first token of
    /// the line where time ran out.
    ///
    /// Such a token starts its line's first byte that is not a space or a tab (page furniture
    /// drops whole lines, with their break, and stray marks only after a space at a line's
    /// end; every other byte is in a token), and ends before a space, a line feed or the text's
    /// end. So only the lines whose bytes have that shape are looked up among the tokens,
    /// rather than every token being read (`NORRecognizerEquivalenceTests` compares the two).
    private func aloneOnTheirLine(_ document: Document, deadline: Deadline, steps: inout Int)
        -> (found: [(index: Int, candidate: Recognitions.NORCandidate)], readUpTo: Int)
    {
        let tokens = document.tokens
        let bytes = document.bytes
        let lineStarts = document.lineStarts
        var found: [(index: Int, candidate: Recognitions.NORCandidate)] = []
        // Tokens before `cursor` start before the line being read: the searches move forward.
        var cursor = 0
        // A token is looked at once, though several line starts may lead to it (blank lines).
        var last = -1
        var shaped: [Int] = []
        // The clock read every `Deadline.stride` lines, as `Deadline.expired` would at each.
        for chunk in stride(from: 0, to: lineStarts.count, by: Deadline.stride) {
            if deadline.hasPassed {
                return (found, document.firstToken(startingAtOrAfter: lineStarts[chunk], in: cursor..<tokens.count))
            }
            shaped.removeAll(keepingCapacity: true)
            Self.linesMayHoldNORAlone(bytes, lineStarts[chunk..<min(chunk + Deadline.stride, lineStarts.count)], into: &shaped)
            for start in shaped {
                cursor = document.firstToken(startingAtOrAfter: start, in: cursor..<tokens.count)
                var index = cursor
                while index < tokens.count, tokens[index].kind == .tab { index += 1 }
                guard index > last, index < tokens.count else { continue }
                last = index
                let token = tokens[index]
                guard token.kind == .word, token.end - token.start == 12, ByteClass.isUpper(bytes[token.start]),
                    document.isLineEnd(index + 1), document.startsLine(index)
                else { continue }
                let text = document.text(of: index)
                if NOR.isValid(text) {
                    found.append((index, .init(value: text, range: token.range, repair: nil, labelled: false)))
                }
            }
        }
        // The clock read again at the labels' first step.
        steps = 0
        return (found, tokens.count)
    }

    /// The starts of `lines` (line starts of `bytes`) that may hold a NOR alone: the line's
    /// first byte that is not a space or a tab opens twelve bytes shaped as a NOR's first, fifth
    /// and last (a capital, a digit, a capital), followed by a space, a line feed or the text's end.
    static func linesMayHoldNORAlone(_ bytes: [UInt8], _ lines: ArraySlice<Int>, into shaped: inout [Int]) {
        // The bytes no token holds (`ByteClassTable.space`), and tabs; a tab after the twelve
        // bytes would be a token of the line.
        let blanks: UInt64 = 1 << 0x20 | 1 << 0x0B | 1 << 0x0C | 1 << 0x09
        let ends: UInt64 = 1 << 0x20 | 1 << 0x0B | 1 << 0x0C | 1 << 0x0A
        bytes.withUnsafeBufferPointer { text in
            lines.withUnsafeBufferPointer { starts in
                for start in starts {
                    var first = start
                    while first < text.count, text[first] <= 0x20, blanks &>> UInt64(text[first]) & 1 != 0 { first += 1 }
                    guard first + 12 <= text.count, ByteClass.isUpper(text[first]), ByteClass.isDigit(text[first + 4]),
                        ByteClass.isUpper(text[first + 11])
                    else { continue }
                    if first + 12 == text.count || text[first + 12] <= 0x20 && ends &>> UInt64(text[first + 12]) & 1 != 0 {
                        shaped.append(start)
                    }
                }
            }
        }
    }

    func labelledCandidate(_ document: Document, at index: Int, into results: inout Recognitions) {
        let tokens = document.tokens
        if let spaced = letterSpaced(document, at: index) {
            results.norCandidates.append(spaced)
            return
        }
        guard tokens[index].kind == .word || tokens[index].kind == .number else { return }
        let raw = document.text(of: index)
        let range = tokens[index].range
        if NOR.isValid(raw) {
            results.norCandidates.append(.init(value: raw, range: range, repair: nil, labelled: true))
        } else if let repaired = Self.repairConfusions(raw) {
            results.norCandidates.append(
                .init(value: repaired, range: range,
                      repair: PendingRepair(raw: raw, rule: .norOCRConfusion), labelled: true))
        } else if (10...14).contains(raw.utf8.count) || Self.isCodeLike(raw) {
            // Not only near-misses of the NOR's length: a shorter or longer code after the
            // label (`NOR : ABCD12345`) is a damaged NOR too, not something to pass over.
            results.findings.append(
                .init(code: .norInvalid,
                      message: "la valeur « \(raw) » suit le libellé NOR mais n'est pas un NOR valide",
                      range: range))
        }
    }

    /// Twelve one-character tokens each separated by one space.
    private func letterSpaced(_ document: Document, at index: Int) -> Recognitions.NORCandidate? {
        let tokens = document.tokens
        var value = ""
        var current = index
        while value.utf8.count < 12 {
            guard current < tokens.count, tokens[current].end - tokens[current].start == 1,
                tokens[current].kind == .word || tokens[current].kind == .number
            else { return nil }
            if current > index, tokens[current].start - tokens[current - 1].end != 1 { return nil }
            value += document.text(of: current)
            current += 1
        }
        // The run must stop there: a thirteenth spaced character means it is something else.
        if current < tokens.count, tokens[current].start - tokens[current - 1].end == 1,
            tokens[current].end - tokens[current].start == 1, tokens[current].kind != .punctuation
        {
            return nil
        }
        let range = TextRange(tokens[index].start, tokens[current - 1].end)
        let candidate = NOR.isValid(value) ? value : Self.repairConfusions(value)
        guard let final = candidate else { return nil }
        return .init(value: final, range: range,
                     repair: PendingRepair(raw: document.text(range), rule: .norLetterSpacing),
                     labelled: true)
    }

    /// Uppercase letters and digits mixed, at least six of them: the shape of a code.
    static func isCodeLike(_ text: String) -> Bool {
        text.utf8.count >= 6 && text.utf8.allSatisfy { ByteClass.isUpper($0) || ByteClass.isDigit($0) }
            && text.utf8.contains(where: ByteClass.isUpper) && text.utf8.contains(where: ByteClass.isDigit)
    }

    /// Letters read for digits in the digit positions (4–10) and digits read for letters in
    /// the letter positions (0–3, 11): the NOR's shape fixes which one belongs. At most three.
    static func repairConfusions(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count == 12 else { return nil }
        var repaired: [UInt8] = []
        var changes = 0
        for (position, byte) in bytes.enumerated() {
            let wantsDigit = (4...10).contains(position)
            var fixed = byte
            if wantsDigit, !ByteClass.isDigit(byte) {
                guard let digit = OCRConfusions.digit(for: byte) else { return nil }
                fixed = digit
            } else if !wantsDigit, !ByteClass.isUpper(byte) {
                guard let letter = OCRConfusions.letter(for: byte) else { return nil }
                fixed = letter
            }
            if fixed != byte { changes += 1 }
            repaired.append(fixed)
        }
        guard changes > 0, changes <= 3 else { return nil }
        let value = String(decoding: repaired, as: UTF8.self)
        return NOR.isValid(value) ? value : nil
    }
}

/// Characters OCR takes for one another in codes, for positions where a code's shape says
/// a digit or a letter must stand.
enum OCRConfusions {
    static func digit(for byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "O"), UInt8(ascii: "o"), UInt8(ascii: "Q"), UInt8(ascii: "D"): UInt8(ascii: "0")
        case UInt8(ascii: "I"), UInt8(ascii: "l"), UInt8(ascii: "i"), UInt8(ascii: "|"): UInt8(ascii: "1")
        case UInt8(ascii: "Z"), UInt8(ascii: "z"): UInt8(ascii: "2")
        case UInt8(ascii: "S"), UInt8(ascii: "s"): UInt8(ascii: "5")
        case UInt8(ascii: "G"), UInt8(ascii: "b"): UInt8(ascii: "6")
        case UInt8(ascii: "B"): UInt8(ascii: "8")
        case UInt8(ascii: "g"), UInt8(ascii: "q"): UInt8(ascii: "9")
        default: nil
        }
    }

    static func letter(for byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0"): UInt8(ascii: "O")
        case UInt8(ascii: "1"): UInt8(ascii: "I")
        case UInt8(ascii: "2"): UInt8(ascii: "Z")
        case UInt8(ascii: "5"): UInt8(ascii: "S")
        case UInt8(ascii: "6"): UInt8(ascii: "G")
        case UInt8(ascii: "8"): UInt8(ascii: "B")
        default: nil
        }
    }
}
