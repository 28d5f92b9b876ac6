@testable import Greffier

/// `Assembler.mergedReferences` as it was: the mentions sorted, a `ReferenceKey` made for each
/// and kept in `KeyPositions`.
enum ReferenceMergedReferences {
    struct Key: Hashable {
        let type: LegalReference.Kind
        let number: String?
        let date: CalendarDate?
    }

    static func mergedReferences(_ mentions: [Recognitions.LegalReferenceMention], _ assembler: Assembler) -> [LegalReference] {
        var positions = KeyPositions<Key>(capacity: mentions.count)
        // The references made as they are kept (their span mapped then, a completed one's again),
        // not the mentions kept in an array of their own and mapped into a second one.
        var merged: [LegalReference] = []
        merged.reserveCapacity(mentions.count)
        for mention in Assembler.inTextOrder(mentions, start: \.range.start) {
            let key = Key(type: mention.type, number: mention.number,
                      date: mention.number == nil ? mention.date : nil)
            if let position = positions.position(of: key) {
                if merged[position].date == nil, mention.date != nil {
                    let existing = merged[position]
                    merged[position] = LegalReference(type: existing.type, number: existing.number, date: mention.date,
                                                      span: assembler.span(mention.range))
                }
            } else {
                positions.append(key)
                merged.append(LegalReference(type: mention.type, number: mention.number, date: mention.date,
                                             span: assembler.span(mention.range)))
            }
        }
        return merged
    }
}
