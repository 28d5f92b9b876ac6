/// `chorus.programme-mismatch`: a centre financier, domaine fonctionnel or activité of another
/// programme than the act's: the programmes the text states, else the majority of its codes.
struct ProgrammeCodeRule: ValidationRule {
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
