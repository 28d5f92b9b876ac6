/// Reads the act's heading: its title (the heading line, with the lines that continue it
/// joined), its own date (`... du 7 avril 2026`, `Convention du 6-10-2020`, `Du 04 mai 2018`,
/// `Date: 11 janvier 2012`) and its reference: for instructions and notes
/// (`INSTRUCTION N° SGMCAS/DNS/2023/92`, `SG/SAFSL/SDABC/N2012-1502`), for conventions and
/// avenants the number right after the kind (`Convention 12-363-DNUM-CSOC-0042 du ...`).
struct HeadingRecognizer: Recognizer {
    /// How many lines after a rubric (`Convention de délégation de gestion`) its full title may stand.
    private static let rubricLookahead = 8

    func recognize(_ document: Document, into results: inout Recognitions) {
        // The line `KindRecognizer` found, when it ran first (the pipeline's order), else found here.
        let line: (DocumentRecord.Kind, Int)?
        if let kind = results.kind, let first = results.heading.lineFirst {
            line = (kind, first)
        } else {
            line = HeadingLine.find(document)
        }
        guard let (kind, first) = line else { return }
        let firstTitle = titleLines(document, from: first)
        var (titleEnd, title) = firstTitle
        // A rubric line followed by the full title that begins with it: take the full title.
        // The rubric's length and fold are taken once, not at each line tried.
        let titleLength = TitleSpaces.characterCount(title)
        var rubric: RubricPrefix?
        let titleHead = RubricPrefix.foldedHead(title)
        var probe = titleEnd
        // One array for the pieces of every line tried, emptied each time: a new one per line
        // (about five per document) was most of the cost of reading their ranges.
        var pieces: [TextRange] = []
        let firstLine = document.line(of: document.tokens[first].start)
        // Past the lookahead: where line `firstLine + rubricLookahead + 1` starts.
        let lookaheadEnd = HeadingLine.start(ofLine: firstLine + Self.rubricLookahead + 1, in: document)
        while probe < document.tokens.count, document.tokens[probe].start < lookaheadEnd {
            if HeadingLine.firstWordOfLine(document, probe), document.tokens[probe].kind == .word {
                // The title's text holds no more characters than its lines have bytes (a byte
                // decodes to one scalar at most, a line break between them becomes a space, and
                // collapsing only removes spaces): lines whose bytes are too few are turned down
                // before any string is made.
                let end = titlePieces(document, from: probe, into: &pieces)
                guard let last = pieces.last, last.end - pieces[0].start > titleLength else {
                    probe += 1
                    continue
                }
                // `RubricPrefix.opens`'s first-letter test, asked before the line is made a
                // string: the candidate opens with its first word's first byte.
                if let wanted = titleHead, !RubricPrefix.mayOpen(wanted, document.bytes[pieces[0].start]) {
                    probe += 1
                    continue
                }
                let candidate = Self.collapse(document, pieces)
                // A text has no more characters than bytes: most lines tried are turned down
                // on their byte count, without counting their characters.
                if candidate.utf8.count > titleLength, TitleSpaces.characterCount(candidate) > titleLength {
                    let folded = rubric ?? RubricPrefix(title)
                    rubric = folded
                    if folded.opens(candidate) {
                        (titleEnd, title) = (end, candidate)
                        break
                    }
                }
            }
            probe += 1
        }
        let titleStart = titleStartToken(document, around: first, title: title, firstTitle: firstTitle.1)
        results.heading.title = title
        results.heading.titleRange = TextRange(document.tokens[titleStart].start, document.tokens[titleEnd - 1].end)
        results.heading.date = dateInTitle(document, from: titleStart, to: titleEnd, into: &results)
            ?? dateLine(document, into: &results)
        switch kind {
        case .instruction, .circulaire:
            results.heading.reference = numberAfterKind(document, titleStart) ?? referenceLine(document)
        case .convention, .avenant:
            results.heading.reference = ConventionNumber.read(document, kindAt: titleStart)
        default:
            break
        }
    }

    /// Where the chosen title starts (the rubric's or the later full title's first word).
    /// `firstTitle` is `titleLines(document, from: first).1`, already read by the caller.
    private func titleStartToken(_ document: Document, around first: Int, title: String, firstTitle: String) -> Int {
        var index = first
        while index < document.tokens.count {
            if HeadingLine.firstWordOfLine(document, index), document.tokens[index].kind == .word,
                TitleSpaces.hasPrefix(title, document.text(of: index))
            {
                let candidate = index == first ? firstTitle : titleLines(document, from: index).1
                if candidate == title { return index }
            }
            index += 1
        }
        return first
    }

    /// The heading line and the lines that continue it (they start with a lowercase letter),
    /// joined with single spaces; returns the token index past the title and its text.
    func titleLines(_ document: Document, from first: Int) -> (Int, String) {
        let (end, pieces) = titlePieces(document, from: first)
        return (end, Self.collapse(document, pieces))
    }

    /// The byte ranges of the lines `titleLines` joins, and the token index past them: what
    /// the title will be, before any string is made.
    func titlePieces(_ document: Document, from first: Int) -> (Int, [TextRange]) {
        var pieces: [TextRange] = []
        let end = titlePieces(document, from: first, into: &pieces)
        return (end, pieces)
    }

    /// The same, the ranges written into `pieces` (emptied first, its room kept); returns the
    /// token index past them.
    func titlePieces(_ document: Document, from first: Int, into pieces: inout [TextRange]) -> Int {
        let tokens = document.tokens
        var index = first
        pieces.removeAll(keepingCapacity: true)
        var lineStart = first
        while index < tokens.count {
            if tokens[index].kind == .lineBreak, index + 1 < tokens.count {
                pieces.append(TextRange(tokens[lineStart].start, tokens[index - 1].end))
                let next = index + 1
                guard tokens[next].kind == .word, ByteClass.isLower(document.bytes[tokens[next].start])
                    || (document.bytes[tokens[next].start] >= 0xC3 && document.text(of: next).first?.isLowercase == true)
                else { return index }
                lineStart = next
            } else if tokens[index].kind == .lineBreak || tokens[index].kind == .blankLine {
                pieces.append(TextRange(tokens[lineStart].start, tokens[index - 1].end))
                return index
            }
            index += 1
        }
        pieces.append(TextRange(tokens[lineStart].start, tokens[tokens.count - 1].end))
        return tokens.count
    }

    /// The pieces joined, each run of spaces, tabs and line breaks made one space, none at the ends.
    static func collapse(_ pieces: [String]) -> String {
        let joined = pieces.joined(separator: " ")
        return TitleSpaces.collapsedBytes(joined) ?? collapsedCharacters(joined)
    }

    /// `collapse(pieces.map { document.text($0) })`, the pieces' bytes joined and collapsed
    /// before any string is made, the result validated once: valid bytes decode to themselves,
    /// so their collapse is the old one's; otherwise (invalid bytes, which decoding repairs,
    /// or spaces only characters can tell) the pieces' bytes are decoded first, as before.
    /// Decoding the joined bytes, then validating the collapsed ones again, was most of the cost.
    static func collapse(_ document: Document, _ pieces: [TextRange]) -> String {
        // The pieces, a space between each: what is joined, then room for its collapse.
        let joinedCount = pieces.reduce(max(pieces.count - 1, 0)) { $0 + $1.end - $1.start }
        let quick: String? = document.bytes.withUnsafeBufferPointer { text in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * joinedCount + 1) { room -> String? in
                guard let base = room.baseAddress, let source = text.baseAddress else { return nil }
                var count = 0
                for (position, piece) in pieces.enumerated() {
                    if position > 0 {
                        base[count] = UInt8(ascii: " ")
                        count += 1
                    }
                    (base + count).initialize(from: source + piece.start, count: piece.end - piece.start)
                    count += piece.end - piece.start
                }
                assert(count == joinedCount, "the pieces fill the room counted for them")
                let joined = UnsafeBufferPointer(start: base, count: count)
                let out = UnsafeMutableBufferPointer(start: base + count, count: count + 1)
                guard let collapsed = TitleSpaces.collapse(joined, into: out) else { return nil }
                return String(validating: UnsafeBufferPointer(rebasing: out[..<collapsed]), as: UTF8.self)
            }
        }
        if let quick { return quick }
        var joined: [UInt8] = []
        joined.reserveCapacity(joinedCount)
        for (position, piece) in pieces.enumerated() {
            if position > 0 { joined.append(UInt8(ascii: " ")) }
            joined += document.bytes[piece.start..<piece.end]
        }
        let text = String(decoding: joined, as: UTF8.self)
        return TitleSpaces.collapsedBytes(text) ?? collapsedCharacters(text)
    }

    /// The same on characters: a space that a combining mark follows (`\u{20}\u{301}`) is one
    /// character with it, and no separator.
    static func collapsedCharacters(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }

    /// `... du 7 avril 2026 relative à ...`: the first `du <date>` of the title.
    private func dateInTitle(_ document: Document, from start: Int, to end: Int, into results: inout Recognitions)
        -> DateFinding?
    {
        var index = start
        while index < end {
            if document.isWord(index, literal: "du"), let (found, _) = DateFinding.read(document, at: document.next(index), into: &results) {
                return found
            }
            index += 1
        }
        return nil
    }

    /// A head line `Du 04 mai 2018`, `Convention du 6-10-2020` or `Date: 11 janvier 2012`.
    private func dateLine(_ document: Document, into results: inout Recognitions) -> DateFinding? {
        let tokens = document.tokens
        let end = min(HeadingArea.bodyStart(document), HeadingLine.start(ofLine: HeadingLine.headLines, in: document))
        // `HeadingLine.firstWordOfLine`, carried forward.
        var opening = LineOpening(skipsMarks: true)
        for index in tokens.indices {
            let opens = opening.opens(tokens[index].kind)
            guard tokens[index].kind == .word else { continue }
            if tokens[index].start >= end { break }
            guard opens else { continue }
            var dateAt: Int?
            if document.isWord(index, literal: "du") {
                dateAt = document.next(index)
            } else if HeadingLine.kind(document, index) != nil, document.isWord(index + 1, literal: "du") {
                dateAt = index + 2
            } else if document.isWord(index, literal: "date"), document.isPunctuation(index + 1, UInt8(ascii: ":")) {
                dateAt = index + 2
            }
            if let at = dateAt, let (found, _) = DateFinding.read(document, at: at, into: &results) {
                return found
            }
        }
        return nil
    }

    /// `INSTRUCTION N° SGMCAS/DNS/2023/92 du ...`: the text after `N°` up to the next space.
    private func numberAfterKind(_ document: Document, _ first: Int) -> String? {
        var index = document.next(first)
        if document.isWord(index, literal: "n"), document.isSymbol(index + 1, utf8: "°") {
            index += 2
        } else if document.isWord(index, literal: "no") {
            index += 1
        } else {
            return nil
        }
        guard index < document.tokens.count else { return nil }
        let run = Self.withoutClosingMark(Self.nonSpaceRun(document, from: document.tokens[index].start))
        return ConventionNumber.looksLikeNumber(run) ? run : nil
    }

    /// A run without the comma, semicolon, colon or full stop that closes its clause
    /// (`n° 2019-12,`): no reference ends with one.
    static func withoutClosingMark(_ run: String) -> String {
        var bytes = Array(run.utf8)
        while let last = bytes.last, last == UInt8(ascii: ",") || last == UInt8(ascii: ";")
            || last == UInt8(ascii: ":") || last == UInt8(ascii: ".")
        {
            bytes.removeLast()
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A head line that is only a reference code: `SG/SAFSL/SDABC/N2012-1502`, `GCP-17-0001`.
    private func referenceLine(_ document: Document) -> String? {
        let tokens = document.tokens
        let headEnd = HeadingLine.start(ofLine: HeadingLine.headLines, in: document)
        // `document.startsLine`, carried forward.
        var opening = LineOpening(skipsMarks: false)
        for index in tokens.indices {
            let opens = opening.opens(tokens[index].kind)
            guard tokens[index].kind == .word else { continue }
            if tokens[index].start >= headEnd { break }
            guard opens else { continue }
            let run = Self.nonSpaceRun(document, from: tokens[index].start)
            let end = tokens[index].start + run.utf8.count
            let lineEnds = end >= document.bytes.count || document.bytes[end] == 0x0A
            if lineEnds, Self.looksLikeReference(run) { return run }
        }
        return nil
    }

    static func nonSpaceRun(_ document: Document, from start: Int) -> String {
        var end = start
        while end < document.bytes.count, !ByteClass.isSpace(document.bytes[end]), document.bytes[end] != 0x0A {
            end += 1
        }
        return document.text(TextRange(start, end))
    }

    /// Uppercase segments joined by `/` (`SG/SAFSL/SDABC/N2012-1502`) or `LETTERS-NN-NNNN`.
    static func looksLikeReference(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 6, bytes.count <= 40, ByteClass.isUpper(bytes[0]),
            bytes.allSatisfy({ ByteClass.isUpper($0) || ByteClass.isDigit($0) || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") })
        else { return false }
        let slashes = bytes.filter { $0 == UInt8(ascii: "/") }.count
        let hyphens = bytes.filter { $0 == UInt8(ascii: "-") }.count
        return slashes >= 2 || (hyphens == 2 && bytes.contains(where: ByteClass.isDigit))
    }
}
