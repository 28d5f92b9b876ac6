#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds Chorus codes by their labels, in tables (`Centre financier (UO)\t0204-CDGS-CDAD`),
/// `label : value` lines and prose (`du centre financier (UO) 0129-` / `CAHC-DISN`); and the
/// centre financier shape `PPPP-BBBB-UUUU` wherever it stands, as it is unambiguous.
struct ChorusRecognizer: Recognizer {
    /// How many tokens after a label the first value may stand (`(UO) :` and the like).
    private static let valueWindow = 6

    static let initials = Initials(ChorusLabels.allFirstWords + ["chorus"])
    /// `chorus`'s folded lead (`FoldedTokens.lead`): `c | h << 8`.
    private static let chorusLead = UInt16(UInt8(ascii: "c")) | UInt16(UInt8(ascii: "h")) << 8

    func recognize(_ document: Document, into results: inout Recognitions) {
        let tokens = document.tokens
        // The offsets of the codes read after a label, in text order (the walk moves forward).
        var claimed: [Int] = []
        var index = 0
        var steps = 0
        let scan = document.folds.scan(Self.initials)
        // The label tables read once per text, not through their global's accessor per token.
        let labels = ChorusLabels.tables
        while index < tokens.count {
            // Only tokens that may start a label or be `Chorus` are looked at.
            index = document.folds.next(from: index, in: scan)
            guard index < tokens.count else { break }
            if document.outOfTime(&steps) { return }
            // Labels start with a word: other tokens are not worth the call.
            if tokens[index].kind == .word, let first = labels.firstWord(document, index),
                let (kind, afterLabel) = labels.match(document, at: index, first: first)
            {
                let next = readValues(kind, document, from: afterLabel, into: &results, claimed: &claimed)
                index = max(next, index + 1)
                continue
            }
            // The fold's first two bytes first: most tokens left here are other words.
            if document.folds.lead(index) == Self.chorusLead, document.isWord(index, literal: "chorus"),
                let next = readMarche(document, at: index, into: &results)
            {
                index = next
                continue
            }
            index += 1
        }
        unlabelledCentresFinanciers(document, claimed: claimed, into: &results)
    }

    /// Reads the list of values after a label; returns the token index where reading stopped.
    private func readValues(
        _ kind: ChorusCode.Kind, _ document: Document, from start: Int,
        into results: inout Recognitions, claimed: inout [Int]
    ) -> Int {
        let tokens = document.tokens
        var index = start
        var sawSeparator = false
        // Skip what may stand between a label and its value: `(UO)`, `:`, tabs, `n°`.
        while index < tokens.count, index - start < Self.valueWindow {
            if tokens[index].kind == .tab || document.isPunctuation(index, UInt8(ascii: ":")) {
                sawSeparator = true
                index += 1
            } else if document.isPunctuation(index, UInt8(ascii: "(")), document.isWord(index + 1, literal: "uo"),
                document.isPunctuation(index + 2, UInt8(ascii: ")"))
            {
                index += 3
            } else if Self.isNumberMark(document, index) || document.isSymbol(index, utf8: "°") {
                index += 1
            } else {
                break
            }
        }
        var found = 0
        while index < tokens.count {
            // A list of codes wrapped onto the next line goes on there.
            if document.isLineEnd(index) {
                guard found > 0, tokens[index].kind == .lineBreak, index + 1 < tokens.count,
                    ChorusCodeShape.match(kind, in: document.bytes, at: tokens[index + 1].start, allowRepair: true) != nil
                else { break }
                index += 1
            }
            let token = tokens[index]
            guard token.kind == .word || token.kind == .number,
                let match = ChorusCodeShape.match(kind, in: document.bytes, at: token.start, allowRepair: true)
            else { break }
            let range = TextRange(token.start, match.end)
            let repair = match.repair.map { PendingRepair(raw: document.text(range), rule: $0) }
            // Room for a few at the first: a text with one code holds several.
            if results.chorus.isEmpty { results.chorus.reserveCapacity(16) }
            if claimed.isEmpty { claimed.reserveCapacity(16) }
            results.chorus.append(.init(kind: kind, value: match.value, range: range, repair: repair))
            claimed.append(token.start)
            found += 1
            // Move past the code, then past list separators (tab, `,`, `;`, `et`).
            index += 1
            while index < tokens.count, tokens[index].start < match.end { index += 1 }
            while index < tokens.count,
                tokens[index].kind == .tab || document.isPunctuation(index, UInt8(ascii: ","))
                    || document.isPunctuation(index, UInt8(ascii: ";")) || document.isWord(index, literal: "et")
            {
                index += 1
            }
        }
        if found == 0, sawSeparator, index < tokens.count, !document.isLineEnd(index),
            tokens[index].kind == .word || tokens[index].kind == .number
        {
            // `Label : value` where the value lacks the shape: say so rather than guess.
            results.findings.append(
                .init(code: .chorusFormat,
                      message: "la valeur « \(document.text(of: index)) » suit le libellé \(kind.frenchLabel) mais n'en a pas la forme",
                      range: tokens[index].range))
        }
        return index
    }

    /// Whether token `index` is the word `n` or `no`: their folds' leads (`n`, `n o`) tested
    /// before the words, as most tokens after a label are neither.
    private static func isNumberMark(_ document: Document, _ index: Int) -> Bool {
        let lead = document.folds.lead(index)
        return lead == UInt16(UInt8(ascii: "n")) && document.isWord(index, literal: "n")
            || lead == UInt16(UInt8(ascii: "n")) | UInt16(UInt8(ascii: "o")) << 8 && document.isWord(index, literal: "no")
    }

    /// `titulaire NUMA – n° CHORUS 1001091655`: a marché number with its holder.
    private func readMarche(_ document: Document, at index: Int, into results: inout Recognitions) -> Int? {
        let tokens = document.tokens
        // `n° CHORUS`, and its OCR forms `no CHORUS`, `n® CHORUS`.
        guard document.isSymbol(index - 1, utf8: "°") || document.isSymbol(index - 1, utf8: "®") || document.isWord(index - 1, literal: "no")
        else { return nil }
        let valueIndex = index + 1
        guard valueIndex < tokens.count, tokens[valueIndex].kind == .number,
            let match = ChorusCodeShape.match(.marche, in: document.bytes, at: tokens[valueIndex].start, allowRepair: false)
        else { return nil }
        var occurrence = Recognitions.ChorusOccurrence(
            kind: .marche, value: match.value, range: TextRange(tokens[valueIndex].start, match.end), repair: nil)
        occurrence.holder = holder(document, before: index)
        results.chorus.append(occurrence)
        return valueIndex + 1
    }

    /// The word after `titulaire` earlier on the same line.
    private func holder(_ document: Document, before index: Int) -> String? {
        var current = index - 1
        // `>= 0`: `titulaire` may be the document's very first token.
        while current >= 0, !document.isLineEnd(current) {
            if document.isWord(current, literal: "titulaire"), current + 1 < index,
                document.tokens[current + 1].kind == .word
            {
                return document.text(of: current + 1)
            }
            current -= 1
        }
        return nil
    }

    private func unlabelledCentresFinanciers(
        _ document: Document, claimed: [Int], into results: inout Recognitions
    ) {
        var steps = 0
        let tokens = document.tokens
        // Most texts hold no start: then the claimed offsets are not sorted (copied) either.
        let starts = Self.centreFinancierStarts(document.bytes)
        guard !starts.isEmpty else { return }
        // Sorted (they come sorted), and searched: a set hashed each offset read.
        let claimed = claimed.sorted()
        for start in starts {
            if document.outOfTime(&steps) { return }
            // The four-digit number token there, if the digits are one.
            var index = document.firstToken(startingAtOrAfter: start, in: 0..<tokens.count)
            while index < tokens.count, tokens[index].start == start {
                let token = tokens[index]
                index += 1
                guard token.kind == .number, token.end - token.start == 4, !Self.holds(claimed, token.start),
                    let match = ChorusCodeShape.match(.centreFinancier, in: document.bytes, at: token.start, allowRepair: false)
                else { continue }
                // Without a label, the shape alone is evidence only when it holds letters.
                guard match.value.utf8.contains(where: ByteClass.isUpper) else { continue }
                let range = TextRange(token.start, match.end)
                let repair = match.repair.map { PendingRepair(raw: document.text(range), rule: $0) }
                results.chorus.append(.init(kind: .centreFinancier, value: match.value, range: range, repair: repair))
            }
        }
    }

    /// Whether the bytes after the first hyphen of `DDDD-AAAA-AAAA` at `hyphen` may be the rest
    /// of it: `AAAA-` (`A` an uppercase ASCII letter or digit), or a line break, after which the
    /// shape skips spaces (left to `ChorusCodeShape.match`).
    @inline(__always)
    private static func mayFollowFirstHyphen(_ text: UnsafeBufferPointer<UInt8>, _ hyphen: Int) -> Bool {
        let next = hyphen + 1
        guard next < text.count else { return false }
        if text[next] == 0x0A { return true }
        guard next + 4 < text.count, text[next + 4] == UInt8(ascii: "-") else { return false }
        for offset in next..<(next + 4) where !(ByteClass.isUpper(text[offset]) || ByteClass.isDigit(text[offset])) {
            return false
        }
        return true
    }

    /// Whether sorted `offsets` hold `offset`.
    private static func holds(_ offsets: [Int], _ offset: Int) -> Bool {
        var low = 0
        var high = offsets.count
        while low < high {
            let mid = (low + high) / 2
            if offsets[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low < offsets.count && offsets[low] == offset
    }

    /// The offsets, ascending, of four ASCII digits followed by `-` and not following a letter,
    /// digit or `-`, the hyphen followed by four uppercase letters or digits and `-` (or by a
    /// line break, which the shape skips): where `DDDD-AAAA-AAAA` may start unlabelled
    /// (`ChorusCodeShape.match` without repair needs all of it). The text's hyphens are far
    /// fewer than its tokens, and `memchr` finds them many bytes at a time; the second group
    /// turns down dates and numbers (`2004-1085`) before their token is searched for.
    static func centreFinancierStarts(_ bytes: [UInt8]) -> [Int] {
        var starts: [Int] = []
        bytes.withUnsafeBufferPointer { text in
            guard let base = text.baseAddress else { return }
            var from = 0
            while from < text.count, let found = memchr(base + from, Int32(UInt8(ascii: "-")), text.count - from) {
                let hyphen = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                from = hyphen + 1
                let start = hyphen - 4
                guard start >= 0, (start..<hyphen).allSatisfy({ ByteClass.isDigit(text[$0]) }) else { continue }
                if start > 0, ByteClass.isASCIIAlphanumeric(text[start - 1]) || text[start - 1] == UInt8(ascii: "-") {
                    continue
                }
                guard Self.mayFollowFirstHyphen(text, hyphen) else { continue }
                // Room for a few at the first: most texts hold none, those with one hold several.
                if starts.isEmpty { starts.reserveCapacity(16) }
                starts.append(start)
            }
        }
        return starts
    }
}

extension ChorusCode.Kind {
    /// How the texts name this kind of code, for messages.
    var frenchLabel: String {
        switch self {
        case .centreFinancier: "« centre financier »"
        case .domaineFonctionnel: "« domaine fonctionnel »"
        case .activite: "« activité »"
        case .centreDeCouts: "« centre de coûts »"
        case .codePAM: "« code PAM »"
        case .serviceExecutant: "« service exécutant »"
        case .localisationInterministerielle: "« localisation interministérielle »"
        case .marche: "« marché »"
        }
    }
}
