/// Running page headers, footers and lone page numbers that scans and PDF conversions insert
/// between the lines of a text (`BO Santé – Protection sociale – Solidarité no 2017/10 du 15
/// novembre 2017, Page 123`, `Page 4/12`, `- 3 -`). Their tokens are dropped before any
/// recognizer reads the text, so that a header falling inside a list, a table or a sentence
/// does not break it; the text itself and every span are untouched.
enum PageFurniture {
    /// The tokens of `tokens` minus those of furniture lines (and the line break ending them).
    static func removing(from tokens: [Token], in bytes: [UInt8]) -> [Token] {
        var kept: [Token] = []
        kept.reserveCapacity(tokens.count)
        var lineStart = 0
        while lineStart < tokens.count {
            var lineEnd = lineStart
            while lineEnd < tokens.count, tokens[lineEnd].kind != .lineBreak, tokens[lineEnd].kind != .blankLine {
                lineEnd += 1
            }
            let atLineStart = lineStart == 0 || tokens[lineStart - 1].kind == .lineBreak || tokens[lineStart - 1].kind == .blankLine
            if atLineStart, lineEnd > lineStart, isFurniture(tokens[lineStart..<lineEnd], bytes) {
                // Drop the line and its own break; the break before it still separates the text.
                lineStart = min(lineEnd + 1, tokens.count)
                continue
            }
            kept.append(contentsOf: tokens[lineStart..<min(lineEnd + 1, tokens.count)])
            lineStart = lineEnd + 1
        }
        return kept
    }

    /// A word hyphenated across a line break (`progr-` / `ammes`, `infor-` / `mation`) becomes
    /// one word token spanning both halves; folding skips the `-⏎` inside it, so recognizers
    /// read `programmes`, while the text and its span stay exactly as written.
    static func joiningHyphenatedWords(_ tokens: [Token], in bytes: [UInt8]) -> [Token] {
        var joined: [Token] = []
        joined.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            if index + 3 < tokens.count, tokens[index].kind == .word,
                tokens[index + 1].kind == .punctuation, bytes[tokens[index + 1].start] == UInt8(ascii: "-"),
                tokens[index + 1].start == tokens[index].end, tokens[index + 2].kind == .lineBreak,
                tokens[index + 2].start == tokens[index + 1].end, tokens[index + 3].kind == .word,
                LetterCase.isLower(bytes, at: tokens[index + 3].start),
                !HyphenatedCompounds.isCompound(bytes, first: tokens[index].range, second: tokens[index + 3].range)
            {
                joined.append(Token(.word, tokens[index].start, tokens[index + 3].end))
                index += 4
                continue
            }
            joined.append(tokens[index])
            index += 1
        }
        return joined
    }

    /// Characters scans leave alone at the end of a line.
    static func isStray(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "|") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ".")
    }

    /// Drops a stray `|`, `'` or `.` standing alone (after a space) at the end of a line.
    static func droppingStrayLineEnds(_ tokens: [Token], in bytes: [UInt8]) -> [Token] {
        var kept: [Token] = []
        kept.reserveCapacity(tokens.count)
        for (index, token) in tokens.enumerated() {
            if token.kind == .punctuation, token.end - token.start == 1, isStray(bytes[token.start]),
                index > 0, index + 1 < tokens.count, tokens[index - 1].end < token.start,
                tokens[index - 1].kind != .lineBreak, tokens[index - 1].kind != .blankLine,
                tokens[index + 1].kind == .lineBreak || tokens[index + 1].kind == .blankLine,
                tokens[index + 1].start == token.end
            {
                continue
            }
            kept.append(token)
        }
        return kept
    }

    private static func isFurniture(_ line: ArraySlice<Token>, _ bytes: [UInt8]) -> Bool {
        // This runs on every line of every text: most are rejected before anything is built.
        // A header ends with its page number; the other forms have at most 4 tokens.
        guard line.last?.kind == .number || line.count(where: { $0.kind != .tab }) <= 4 else { return false }
        // Every furniture line opens with `BO`, `Bulletin`, `Page` or `-`.
        guard let opening = line.first(where: { $0.kind != .tab }).map({ bytes[$0.start] }),
            [UInt8(ascii: "B"), UInt8(ascii: "b"), UInt8(ascii: "P"), UInt8(ascii: "p"), UInt8(ascii: "-")].contains(opening)
        else { return false }
        func text(_ token: Token) -> String { String(decoding: bytes[token.start..<token.end], as: UTF8.self) }
        let words = line.filter { $0.kind == .word }.map { Folding.fold(bytes, $0.start, $0.end) }
        let lastNumber = line.last.map { $0.kind == .number } ?? false
        // `BO ... Page 123` / `Bulletin officiel ... page 12`.
        if let first = words.first, first == "bo" || (first == "bulletin" && words.dropFirst().first == "officiel"),
            words.contains("page"), lastNumber
        {
            return true
        }
        // `Page 12`, `Page 4/12`, `- 3 -`.
        let meaningful = line.filter { $0.kind != .tab }
        if words == ["page"], meaningful.count <= 4, meaningful.contains(where: { $0.kind == .number }),
            meaningful.allSatisfy({ $0.kind == .number || $0.kind == .word || text($0) == "/" })
        {
            return true
        }
        if meaningful.count == 3, meaningful[1].kind == .number, text(meaningful[0]) == "-", text(meaningful[2]) == "-" {
            return true
        }
        return false
    }
}
