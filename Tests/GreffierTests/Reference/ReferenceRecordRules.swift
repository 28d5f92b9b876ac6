@testable import Greffier

/// `ProgrammeCodeRule` as it was: the codes copied, the act's programmes a set, the expected list
/// always written. `chorus.programme-mismatch`: a centre financier, domaine fonctionnel or activité of another
/// programme than the act's: the programmes the text states, else the majority of its codes.
struct ReferenceProgrammeCodeRule: ValidationRule {
    func findings(for record: DocumentRecord) -> [Finding] {
        // Each code's programme read once (it parses the value and prints a number), not again
        // for the counts and the comparison.
        let coded = record.chorus.compactMap { code in code.programme.map { (code: code, programme: $0) } }
        guard !coded.isEmpty else { return [] }
        var acts = Set(record.programmes.filter { $0.span != nil }.map(\.number))
        var source = "le texte"
        if acts.isEmpty {
            var counts: [String: Int] = [:]
            for code in coded { counts[code.programme, default: 0] += 1 }
            let best = counts.values.max() ?? 0
            let leaders = counts.filter { $0.value == best }.map(\.key)
            // A tie leaves no majority to compare against.
            guard leaders.count == 1, let leader = leaders.first else { return [] }
            acts = [leader]
            source = "la majorité de ses codes"
        }
        let expected = acts.sorted().joined(separator: ", ")
        return coded.compactMap { code, programme in
            guard !acts.contains(programme) else { return nil }
            return Finding(
                .chorusProgrammeMismatch,
                text: "le code \(code.kind.frenchLabel) \(code.value) relève du programme \(programme), or l'acte relève du programme \(expected) (selon \(source))",
                span: code.span)
        }
    }
}

/// `NameVariantRule.findings` as it was: the occurrences of each first name in a dictionary
/// keyed by the name, every person's surname folded.
struct ReferenceNameVariantRule: TextValidationRule {
    func findings(for record: DocumentRecord, in document: Document, span: (TextRange) -> Span) -> [Finding] {
        // Each person once, compared one by one as a set of `first + "\u{0}" + last` keys would
        // (a record names a handful, 64 at most kept; hashing each key cost more), by halves
        // (`samePerson`).
        var people: [(first: String, last: String)] = []
        // Some person kept holds U+0000.
        var peopleHoldNUL = false
        let names = record.signatories.map(\.name) + record.parties.compactMap { $0.representative?.name }
        for name in names where people.count < NameVariantRule.peopleLimit {
            // The first word and the others spaced, made as two strings (`firstAndRest`).
            guard let (first, last, count, holdsNUL) = NameVariantRule.firstAndRest(name), count >= 2,
                NameVariantRule.holdsThreeCharacters(first), !NameVariantRule.endsWithPeriod(first)
            else { continue }
            let anyNUL = peopleHoldNUL || holdsNUL
            if !people.contains(where: { NameVariantRule.samePerson($0, (first, last), holdsNUL: anyNUL) }) {
                people.append((first, last))
                peopleHoldNUL = anyNUL
            }
        }
        guard !people.isEmpty else { return [] }
        // One pass over the text: each word that is someone's first name, with the word after
        // it. People are then checked one by one against their first name's occurrences only.
        let lookup = FirstNames(people.map(\.first))
        let tokens = document.tokens
        // The surname after each first name, by its token only: its spelling and fold are made
        // once a person's surname may differ from it by a letter or two (`plainlyNoVariant`), not
        // for every occurrence (most are the person's own name, spelled alike).
        var occurrences: [String: [Int]] = [:]
        // A key per first name at most: room made once, not regrown as names are met.
        occurrences.reserveCapacity(people.count)
        let candidates = lookup.candidates(document)
        for index in candidates {
            guard let first = lookup.firstName(document, index) else { continue }
            let surnameIndex = index + 1
            guard surnameIndex < tokens.count, tokens[surnameIndex].kind == .word else { continue }
            occurrences[first, default: []].append(surnameIndex)
        }
        var result: [Finding] = []
        var reported = Set<String>()
        for person in people {
            let wanted = NameVariantRule.fold(person.last)
            let firstWanted = Array((NameVariantRule.words(wanted).first ?? wanted).unicodeScalars)
            guard firstWanted.count <= NameVariantRule.nameLengthLimit else { continue }
            for surnameIndex in occurrences[person.first] ?? [] {
                if NameVariantRule.plainlyNoVariant(document, surnameIndex, of: firstWanted) { continue }
                let written = document.text(of: surnameIndex)
                let folded = Array(NameVariantRule.fold(written).unicodeScalars)
                // Cheap tests first: a word of a hostile text may be megabytes long.
                // The set last: hashing the spelling cost more than the distance, which the
                // letter count settles for most pairs.
                guard folded.first == firstWanted.first, folded != firstWanted, folded.count >= 4,
                    abs(folded.count - firstWanted.count) <= 2, NameVariantRule.distance(folded, firstWanted) <= 2,
                    !reported.contains(written)
                else { continue }
                reported.insert(written)
                result.append(Finding(
                    .personNameVariant,
                    text: "« \(person.first) \(written) » : le même nom est écrit « \(person.first) \(person.last) » ailleurs dans le texte",
                    span: span(TextRange(tokens[surnameIndex - 1].start, tokens[surnameIndex].end))))
            }
        }
        return result
    }
}
