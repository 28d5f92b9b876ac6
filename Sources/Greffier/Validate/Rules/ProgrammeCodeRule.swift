/// `chorus.programme-mismatch`: a centre financier, domaine fonctionnel or activité of another
/// programme than the act's: the programmes the text states, else the majority of its codes.
struct ProgrammeCodeRule: ValidationRule {
    func findings(for record: DocumentRecord) -> [Finding] {
        let chorus = record.chorus
        // Each code's programme read once (it parses the value and prints a number), not again
        // for the counts and the comparison; kept by the code's place, not a copy of the code.
        var coded: [(index: Int, programme: String)] = []
        for index in chorus.indices {
            guard let programme = chorus[index].programme else { continue }
            if coded.isEmpty { coded.reserveCapacity(chorus.count - index) }
            coded.append((index, programme))
        }
        guard !coded.isEmpty else { return [] }
        // The act's programmes, each once (as a set of strings: equal strings once, the first
        // kept): a list, as an act states one or two, searched rather than hashed.
        var acts: [String] = []
        for programme in record.programmes where programme.span != nil && !acts.contains(programme.number) {
            acts.append(programme.number)
        }
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
        // Written once a code differs: most acts' codes all belong to their programmes.
        var expected: String?
        var result: [Finding] = []
        for (index, programme) in coded where !acts.contains(programme) {
            let code = chorus[index]
            let stated = expected ?? acts.sorted().joined(separator: ", ")
            expected = stated
            result.append(Finding(
                .chorusProgrammeMismatch,
                text: "le code \(code.kind.frenchLabel) \(code.value) relève du programme \(programme), or l'acte relève du programme \(stated) (selon \(source))",
                span: code.span))
        }
        return result
    }
}
