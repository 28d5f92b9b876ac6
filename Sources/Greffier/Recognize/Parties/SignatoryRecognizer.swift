/// Reads the signatories of the closing block, after the last `Fait le` / `Fait à` line.
///
/// A line `Pour la Direction générale de la santé :` or `Pour la DINSIC, par délégation :`
/// opens a signatory for that party; so does a line that is only a party's acronym or name,
/// with its article (`La DNUM,`). In the lines that follow, up to the next opener, `Copies`,
/// `ANNEXE` or the end, the last line that looks like a person's name (see `PersonName`) is the
/// signatory; the lines between the opener and it are the title (`Le chef de service, adjoint`
/// / `à la directrice des systèmes d'information,` → `chef de service, adjoint à la directrice
/// des systèmes d'information`).
///
/// Without a `Fait` line, only the last lines of the text are read: openers there, or else a
/// closing title paragraph ending with a comma above a name (an instruction's `Le secrétaire
/// général des ministères` / `chargés des affaires sociales,` / `Pierre PRIBILLE`), which gives
/// one signatory without party. The head's `Pour information :` lists open nothing: they name
/// no party with an article and do not stand at the end.
struct SignatoryRecognizer: Recognizer {
    /// How many of the last lines are read when the text has no `Fait` line.
    static let tailLines = 8
    /// How far from the end a `Copies` list may start and still close the signatures.
    static let terminatorReach = 30
    /// At most this many lines of title in a closing paragraph without opener.
    static let titleLines = 4

    func recognize(_ document: Document, into results: inout Recognitions) {
        let parties = OpenerTargets(document.partyReadings)
        // Only the end of the text is split into lines (`ClosingLines`).
        if let fait = ClosingLines.lastFait(document, isFait: { Self.isFait(document, $0) }) {
            // The lines after the `Fait` line, up to the first terminator.
            var lines: [TokenLine] = []
            // A closing block holds a dozen lines or so: room made once, not regrown line by line.
            lines.reserveCapacity(16)
            ClosingLines.forEachLine(document, fromLineOf: fait) { line in
                guard line.first != fait else { return true }
                guard !Self.isTerminator(document, line) else { return false }
                lines.append(line)
                return true
            }
            read(document, lines[...], parties, leading: true, into: &results)
            return
        }
        // Without `Fait`, no more lines than these are read below.
        let lines = ClosingLines.lastLines(document, Self.terminatorReach + Self.tailLines)
        var end = lines.count
        for index in lines.indices.suffix(Self.terminatorReach) where Self.isTerminator(document, lines[index]) {
            end = index
            break
        }
        let tail = lines[max(0, end - Self.tailLines)..<end]
        if let first = tail.firstIndex(where: { opener(document, $0, parties) != nil }) {
            read(document, tail[first...], parties, leading: false, into: &results)
        } else if let signatory = closingParagraph(document, tail) {
            results.signatories.append(signatory)
        }
    }

    /// Splits the lines at openers and reads one signatory per part; `leading` reads the part
    /// before the first opener too (a signatory named without party).
    private func read(
        _ document: Document, _ lines: ArraySlice<TokenLine>, _ parties: OpenerTargets,
        leading: Bool, into results: inout Recognitions
    ) {
        var partStart = lines.startIndex
        var party: (text: String, start: Int)?
        var steps = 0
        for index in lines.indices {
            if document.outOfTime(&steps) { return }
            guard let text = opener(document, lines[index], parties) else { continue }
            if leading || party != nil {
                signatory(document, lines[partStart..<index], party, into: &results)
            }
            party = (text, document.tokens[lines[index].first].start)
            partStart = index + 1
        }
        if leading || party != nil {
            signatory(document, lines[partStart..<lines.endIndex], party, into: &results)
        }
    }

    private func signatory(
        _ document: Document, _ lines: ArraySlice<TokenLine>, _ party: (text: String, start: Int)?,
        into results: inout Recognitions
    ) {
        guard let nameLine = lines.lastIndex(where: { PersonName.isName(document, $0) }) else { return }
        let tokens = document.tokens
        let name = PartyText.clean(document, TokenLines.range(document, lines[nameLine]))
        let title = self.title(document, lines[lines.startIndex..<nameLine])
        // From the opener line, else from the first title line.
        let start = party?.start ?? tokens[lines[lines.startIndex].first].start
        let range = TextRange(start, tokens[lines[nameLine].end - 1].end)
        results.signatories.append(SignatoryFinding(name: name, title: title, party: party?.text, range: range))
    }

    /// The title lines joined, without their leading article; nil when there are none.
    private func title(_ document: Document, _ lines: ArraySlice<TokenLine>) -> String? {
        guard let first = lines.first, let last = lines.last else { return nil }
        let start = PartyText.skipArticle(document, first.first, first.end)
        let text = PartyText.clean(document, TextRange(document.tokens[start].start, document.tokens[last.end - 1].end))
        return text.isEmpty ? nil : text
    }

    /// An instruction's closing: a title paragraph opening with an article and ending with a
    /// comma, then the name as the text's last line.
    private func closingParagraph(_ document: Document, _ lines: ArraySlice<TokenLine>) -> SignatoryFinding? {
        guard let nameLine = lines.indices.last, nameLine > lines.startIndex,
            PersonName.isName(document, lines[nameLine])
        else { return nil }
        // The paragraph above the name: its own when it follows the title directly, else the
        // paragraph before the blank line.
        var titleStart = nameLine - 1
        while titleStart > lines.startIndex, !lines[titleStart].blankBefore { titleStart -= 1 }
        let titleEnd = nameLine
        guard lines[titleStart].blankBefore, titleEnd - titleStart <= Self.titleLines else { return nil }
        let first = lines[titleStart]
        let last = lines[titleEnd - 1]
        guard PartyText.articleLength(document, at: first.first) > 0,
            LetterCase.isUpper(document.bytes, at: document.tokens[first.first].start),
            document.isPunctuation(last.end - 1, UInt8(ascii: ","))
        else { return nil }
        let tokens = document.tokens
        return SignatoryFinding(
            name: PartyText.clean(document, TokenLines.range(document, lines[nameLine])),
            title: title(document, lines[titleStart..<titleEnd]), party: nil,
            range: TextRange(tokens[first.first].start, tokens[lines[nameLine].end - 1].end))
    }

    // MARK: Lines

    /// `Fait le 7 avril 2026.`, `Fait à Paris, le 14/04/2021`, `Fait en deux exemplaires`.
    static func isFait(_ document: Document, _ line: TokenLine) -> Bool {
        document.isWord(line.first, literal: "fait")
            && (Self.faitWords.contains(document, line.first + 1)
                || document.isPunctuation(line.first + 1, UInt8(ascii: ",")))
    }

    /// `Copies :`, `Ampliation`, `ANNEXE`: what follows the signatures.
    static func isTerminator(_ document: Document, _ line: TokenLine) -> Bool {
        // Every word below opens with `c` or `a` once folded: one load turns down most lines.
        let first = document.foldedFirstByte(line.first)
        guard first == UInt8(ascii: "c") || first == UInt8(ascii: "a") else { return false }
        // And is 5 to 11 bytes long: `a`, `ce`, `au` are turned down before the tables' globals.
        guard document.folds.length(line.first) >= 5 else { return false }
        if Self.copyWords.contains(document, line.first) {
            return line.end - line.first == 1 || document.isPunctuation(line.first + 1, UInt8(ascii: ":"))
        }
        return Self.annexWords.contains(document, line.first) && line.end - line.first <= 3
    }

    /// Tables rather than array literals: a literal was a new array at every line tried.
    static let copyWords = WordTable(["copie", "copies", "ampliation", "ampliations"])
    static let annexWords = WordTable(["annexe", "annexes"])
    static let faitWords = WordTable(["le", "a", "en"])

    /// The party an opener line names (`Pour la DSI des ministères sociaux :` → `DSI des
    /// ministères sociaux`; `La DNUM,` → `DNUM`), or nil when the line opens no signatory.
    private func opener(_ document: Document, _ line: TokenLine, _ parties: OpenerTargets) -> String? {
        if document.isWord(line.first, literal: "pour") {
            let article = PartyText.articleLength(document, at: line.first + 1)
            guard article > 0, line.first + 1 + article < line.end else { return nil }
            let start = line.first + 1 + article
            var end = line.end
            // `, par délégation :` / `et par délégation`: how the signatory signs, not the party.
            if let par = (start..<line.end).first(where: {
                document.isWord($0, literal: "par") && document.isWord($0 + 1, literal: "delegation")
            }) {
                end = par
                if end > start, document.isWord(end - 1, literal: "et") || document.isPunctuation(end - 1, UInt8(ascii: ",")) {
                    end -= 1
                }
            }
            guard end > start else { return nil }
            let text = PartyText.clean(document, TextRange(document.tokens[start].start, document.tokens[end - 1].end))
            return text.isEmpty ? nil : text
        }
        // Prose is turned down on its first byte (one load), then on its letter count (a read
        // of the whole line), before it is cleaned and folded: both only filter.
        guard let range = Self.namingRange(document, line), parties.mayOpen(document.bytes, range),
            parties.mayName(document.bytes, range)
        else { return nil }
        let text = PartyText.clean(document, range)
        return parties.names(PartyMatching.fold(text)) ? text : nil
    }

    /// What a line that is only a party's name or acronym names: the line without its article
    /// and trailing punctuation (`La DNUM,` → `DNUM`); nil when nothing is left.
    static func namingRange(_ document: Document, _ line: TokenLine) -> TextRange? {
        let start = PartyText.skipArticle(document, line.first, line.end)
        var end = line.end
        while end > start, document.tokens[end - 1].kind == .punctuation { end -= 1 }
        guard end > start else { return nil }
        return TextRange(document.tokens[start].start, document.tokens[end - 1].end)
    }
}
