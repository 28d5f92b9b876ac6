/// A few words a walk along their lane (`LeadLanes`) must tell among the tokens it stops at:
/// the lane lets through every word of their leads (`co` for `concurrence`, `au` for
/// `autorisation`) and of leads sharing a hash with them. Each token is first matched on its
/// first two folded bytes and its folded length, which turn down nearly all of them, and
/// compared whole only then; a word of two bytes or less is its lead.
struct LeadLengthWords: Sendable {
    /// For each lead of the words (by `Initials.hash`, so one test finds it), the lead and a
    /// bit per length of its words: plain numbers, read without reference counting at every
    /// token. The words whose leads share a hash are all kept there, in `others`.
    private var leads = [UInt16](repeating: 0, count: 256)
    private var lengths = [UInt64](repeating: 0, count: 256)
    private var others: [(lead: UInt16, lengths: UInt64)] = []
    private var words: [(lead: UInt16, length: Int, word: String)] = []

    /// `words`: folded, lowercase ASCII, not empty, shorter than 64 bytes.
    init(_ words: [String]) {
        for word in words {
            let bytes = Array(word.utf8)
            precondition(!bytes.isEmpty && bytes.count < 64, "a lead-length word is 1 to 63 bytes long")
            let lead = UInt16(bytes[0]) | (bytes.count > 1 ? UInt16(bytes[1]) << 8 : 0)
            let hash = Int(Initials.hash(lead))
            if lengths[hash] == 0 || leads[hash] == lead {
                leads[hash] = lead
                lengths[hash] |= 1 << UInt64(bytes.count)
            } else if let position = others.firstIndex(where: { $0.lead == lead }) {
                others[position].lengths |= 1 << UInt64(bytes.count)
            } else {
                others.append((lead, 1 << UInt64(bytes.count)))
            }
            self.words.append((lead, bytes.count, word))
        }
    }

    /// Whether token `index` folded is one of the words (`FoldedTokens.equals`).
    @inline(__always)
    func contains(_ folds: FoldedTokens, _ index: Int) -> Bool {
        let lead = folds.lead(index)
        let length = folds.length(index)
        guard lead != 0, length < 64 else { return false }
        let hash = Int(Initials.hash(lead))
        var known = leads[hash] == lead && lengths[hash] >> UInt64(length) & 1 != 0
        if !known, !others.isEmpty {
            known = others.contains { $0.lead == lead && $0.lengths >> UInt64(length) & 1 != 0 }
        }
        guard known else { return false }
        // A word of two bytes or less is its lead.
        if length <= 2 { return true }
        return words.contains { $0.lead == lead && $0.length == length && folds.equals(index, $0.word) }
    }
}
