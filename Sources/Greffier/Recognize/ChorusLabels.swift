/// The labels that announce a Chorus code, as folded word sequences (`Centre de coût` →
/// `centre de cout`), OCR forms included (`Centre de colt`).
enum ChorusLabels {
    static let all: [(words: [String], kind: ChorusCode.Kind)] = [
        (["centre", "financier"], .centreFinancier),
        (["centres", "financiers"], .centreFinancier),
        (["uo"], .centreFinancier),
        (["unite", "operationnelle"], .centreFinancier),
        (["domaine", "fonctionnel"], .domaineFonctionnel),
        (["domaines", "fonctionnels"], .domaineFonctionnel),
        (["activite"], .activite),
        (["activites"], .activite),
        (["centre", "de", "cout"], .centreDeCouts),
        (["centre", "de", "couts"], .centreDeCouts),
        (["centres", "de", "couts"], .centreDeCouts),
        (["centres", "de", "cout"], .centreDeCouts),
        // OCR reads `û` as `fi`, `ii` or `l` (`Centre de colt`, `cofits`).
        (["centre", "de", "colt"], .centreDeCouts),
        (["centres", "de", "colts"], .centreDeCouts),
        (["centre", "de", "cofit"], .centreDeCouts),
        (["centre", "de", "cofits"], .centreDeCouts),
        (["centres", "de", "cofits"], .centreDeCouts),
        (["centre", "de", "coiit"], .centreDeCouts),
        (["centre", "de", "coiits"], .centreDeCouts),
        (["centres", "de", "coiits"], .centreDeCouts),
        (["code", "pam"], .codePAM),
        (["codes", "pam"], .codePAM),
        (["service", "executant"], .serviceExecutant),
        (["services", "executants"], .serviceExecutant),
        (["localisation", "interministerielle"], .localisationInterministerielle),
    ]

    /// The lookup tables, built once, in one value: `ChorusRecognizer` reads it once per text,
    /// where a global per table was reached through its accessor (`swift_once`) three or four
    /// times at each candidate token (55,000 calls per 400 texts).
    static let tables = Tables()
    /// The labels' first words.
    static var allFirstWords: [String] { tables.firstWords.words }

    /// The label starting at token `index`: its kind and the index just past it, where an
    /// optional plural mark `(s)` after any word is skipped (`Centre(s) de coût(s)`).
    /// The first label of `all` that matches wins; only those whose first word the token is
    /// can match.
    static func match(_ document: Document, at index: Int) -> (ChorusCode.Kind, Int)? {
        let tables = Self.tables
        guard let first = tables.firstWord(document, index) else { return nil }
        return tables.match(document, at: index, first: first)
    }

    struct Tables: Sendable {
        /// The labels' first words, each once (`centre`, `uo`, `domaine`...): at most tokens,
        /// one table look-up says no label starts there, without trying the labels one by one.
        let firstWords: WordTable
        /// A label after its first word: how many words follow it, their positions in
        /// `secondWords` and `thirdWords`, and its kind. Plain values, read without reference counting.
        struct Rest: Sendable {
            let count: Int
            let second: Int
            let third: Int
            let kind: ChorusCode.Kind
        }

        /// The labels by first word, in the order of `all`, in one flat table: each first word's
        /// labels from `restStarts[first]` up to `restStarts[first + 1]`.
        private let rests: [Rest]
        private let restStarts: [Int]
        /// The words standing second and third in the labels, one table each: a token is looked
        /// up once at each place, not compared with each label's word there.
        private let secondWords: WordTable
        private let thirdWords: WordTable

        init() {
            let all = ChorusLabels.all
            firstWords = WordTable(all.reduce(into: [String]()) { words, label in
                if !words.contains(label.words[0]) { words.append(label.words[0]) }
            })
            func laterWords(at depth: Int) -> WordTable {
                WordTable(all.reduce(into: [String]()) { words, label in
                    if label.words.count > depth, !words.contains(label.words[depth]) { words.append(label.words[depth]) }
                })
            }
            let secondWords = laterWords(at: 1)
            let thirdWords = laterWords(at: 2)
            let byFirstWord: [[Rest]] = firstWords.words.map { first in
                all.filter { $0.words[0] == first }.map { label in
                    precondition(label.words.count <= 3, "a label has three words at most")
                    let count = label.words.count - 1
                    return Rest(count: count,
                                second: count > 0 ? secondWords.words.firstIndex(of: label.words[1]) ?? -1 : -1,
                                third: count > 1 ? thirdWords.words.firstIndex(of: label.words[2]) ?? -1 : -1,
                                kind: label.kind)
                }
            }
            rests = byFirstWord.flatMap { $0 }
            restStarts = byFirstWord.reduce(into: [0]) { starts, labels in
                starts.append(starts[starts.count - 1] + labels.count)
            }
            self.secondWords = secondWords
            self.thirdWords = thirdWords
        }

        /// Which of the labels' first words token `index` is, if one: inlined, so that the
        /// recognizer's loop turns down most tokens without a call.
        @inline(__always)
        func firstWord(_ document: Document, _ index: Int) -> Int? {
            firstWords.firstIndex(document, index)
        }

        /// `ChorusLabels.match(document, at: index)` once token `index` is known to be first word
        /// `first`. The tokens after the first word stand at the same places whatever the label
        /// (one word each, and a plural mark after it skipped): which later word each is, is
        /// asked once, lazily.
        func match(_ document: Document, at index: Int, first: Int) -> (ChorusCode.Kind, Int)? {
            // `unread` until looked up, then the word's position in its table or `none`.
            let unread = -2, none = -1
            let second = ChorusLabels.skipPluralMark(document, index + 1)
            var third = unread
            var secondWord = unread
            var thirdWord = unread
            // The labels read by place in one flat table, not by iterating an inner array (which
            // retained and released it at each call).
            let (lower, upper) = (restStarts[first], restStarts[first + 1])
            for position in lower..<upper {
                let label = rests[position]
                if label.count == 0 { return (label.kind, second) }
                if secondWord == unread { secondWord = secondWords.firstIndex(document, second) ?? none }
                guard secondWord == label.second else { continue }
                if third == unread { third = ChorusLabels.skipPluralMark(document, second + 1) }
                if label.count == 1 { return (label.kind, third) }
                if thirdWord == unread { thirdWord = thirdWords.firstIndex(document, third) ?? none }
                guard thirdWord == label.third else { continue }
                return (label.kind, ChorusLabels.skipPluralMark(document, third + 1))
            }
            return nil
        }
    }

    private static func skipPluralMark(_ document: Document, _ index: Int) -> Int {
        if document.isPunctuation(index, UInt8(ascii: "(")), document.isWord(index + 1, literal: "s"),
            document.isPunctuation(index + 2, UInt8(ascii: ")"))
        {
            return index + 3
        }
        return index
    }
}
