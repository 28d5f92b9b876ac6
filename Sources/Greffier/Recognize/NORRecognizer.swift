/// Finds the act's NOR: after a `NOR` label (`NOR : SFHZ2630140X`, `nor :`, letter-spaced
/// `NOR A R M E 1 8 5 1 1 1 6 X`), or alone on its line. A NOR that numbers a cited act
/// (`circulaire NOR BCRB1124995C`) belongs to that reference, not to the act.
struct NORRecognizer: Recognizer {
    func recognize(_ document: Document, into results: inout Recognitions) {
        let tokens = document.tokens
        let bytes = document.bytes
        // Read once, as `SignatureRecognizer` does: this loop visits every token.
        let deadline = document.deadline
        var index = 0
        var steps = 0
        while index < tokens.count {
            defer { index += 1 }
            if deadline.expired(&steps) { return }
            // Both branches read words only. Most words are no `nor` (their first two folded bytes
            // say so). A NOR alone on its line is twelve ASCII bytes opening with a capital
            // (`NOR.isValid` of the token's text, which is its bytes when they are ASCII): most
            // words are turned down on that before the line is looked at.
            let token = tokens[index]
            // Twelve bytes or the lead `no`, both rare, tested before the kind: about half the
            // tokens are words, and a branch on that was this loop's main cost.
            guard token.end - token.start == 12 || document.folds.lead(index) == Self.norLead,
                token.kind == .word
            else { continue }
            if document.isWord(index, "nor") {
                if LegalReferenceRecognizer.isCitationLabel(document, norAt: index) { continue }
                var next = index + 1
                if document.isPunctuation(next, UInt8(ascii: ":")) { next += 1 }
                guard next < tokens.count, !document.isLineEnd(next) else { continue }
                labelledCandidate(document, at: next, into: &results)
            } else if token.end - token.start == 12, ByteClass.isUpper(bytes[token.start]),
                document.isLineEnd(index + 1), document.startsLine(index)
            {
                let text = document.text(of: index)
                if NOR.isValid(text) {
                    results.norCandidates.append(
                        .init(value: text, range: tokens[index].range, repair: nil, labelled: false))
                }
            }
        }
    }

    /// `first | second << 8` of `nor` (`FoldedTokens.lead`).
    private static let norLead = UInt16(UInt8(ascii: "n")) | UInt16(UInt8(ascii: "o")) << 8

    private func labelledCandidate(_ document: Document, at index: Int, into results: inout Recognitions) {
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
