/// `ocr.repaired`: one finding per repaired value, pointing at the damaged text, so that a
/// reader checking findings sees every value that is not what the text literally shows.
struct RepairedValueRule: ValidationRule {
    func findings(for record: DocumentRecord) -> [Finding] {
        record.repairs.map { repair in
            Finding(
                .ocrRepaired,
                text: "« \(Self.shown(repair.raw)) » a été lu « \(repair.value) » (règle \(repair.rule.rawValue))",
                span: repair.span)
        }
    }

    /// The raw text with its line ends shown as `⏎`: its `\n` characters, split and joined.
    /// A text without a line feed byte holds no such character: it is shown as it is, without
    /// the split walking its characters.
    static func shown(_ raw: String) -> String {
        guard raw.utf8.contains(0x0A) else { return raw }
        return raw.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "⏎")
    }
}
