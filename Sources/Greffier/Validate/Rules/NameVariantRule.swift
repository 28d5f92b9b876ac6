/// `person.name-variant`: a person the record names (a representative or a signatory)
/// appears elsewhere in the text under a surname spelled differently by a letter or two
/// (seed 004: `Pierre PRIBILE` in the contacts, `Pierre PRIBILLE` under the signature).
struct NameVariantRule: TextValidationRule {
    func findings(for record: DocumentRecord, in document: Document, span: (TextRange) -> Span) -> [Finding] {
        var people: [(first: String, last: String)] = []
        let names = record.signatories.map(\.name) + record.parties.compactMap { $0.representative?.name }
        for name in names {
            let words = name.split(separator: " ").map(String.init)
            guard words.count >= 2, let first = words.first, first.count >= 3, !first.hasSuffix(".") else { continue }
            let last = words.dropFirst().joined(separator: " ")
            if !people.contains(where: { $0.first == first && $0.last == last }) { people.append((first, last)) }
        }
        var result: [Finding] = []
        var reported = Set<String>()
        let tokens = document.tokens
        for person in people {
            let wanted = Self.fold(person.last)
            for index in tokens.indices where tokens[index].kind == .word && document.text(of: index) == person.first {
                let surnameIndex = index + 1
                guard surnameIndex < tokens.count, tokens[surnameIndex].kind == .word else { continue }
                let written = document.text(of: surnameIndex)
                let folded = Self.fold(written)
                let firstWanted = wanted.split(separator: " ").first.map(String.init) ?? wanted
                guard folded != firstWanted, folded.count >= 4, !reported.contains(written),
                    Self.distance(folded, firstWanted) <= 2, folded.first == firstWanted.first
                else { continue }
                reported.insert(written)
                result.append(Finding(
                    .personNameVariant,
                    "« \(person.first) \(written) » : le même nom est écrit « \(person.first) \(person.last) » ailleurs dans le texte",
                    span: span(TextRange(tokens[index].start, tokens[surnameIndex].end))))
            }
        }
        return result
    }

    static func fold(_ text: String) -> String {
        let bytes = Array(text.utf8)
        return Folding.fold(bytes, 0, bytes.count)
    }

    /// Levenshtein distance, on short names only.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        var previous = Array(0...y.count)
        for i in 1...max(x.count, 1) where !x.isEmpty {
            var current = [i] + Array(repeating: 0, count: y.count)
            for j in 1...max(y.count, 1) where !y.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[y.count]
    }
}
