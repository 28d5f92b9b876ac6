/// Turns what the recognizers found into a record: one value per distinct thing, spans mapped
/// back to the original bytes, repairs listed.
struct Assembler {
    let document: Document
    let map: OffsetMap
    /// The input's bytes when they are UTF-8, so that a repaired value's `raw` is the text
    /// exactly as it stands (no-break spaces included); nil for other encodings.
    let originalUTF8: [UInt8]?

    func span(_ range: TextRange) -> Span {
        Span(start: map.originalOffset(range.start), end: map.originalOffset(range.end))
    }

    func assemble(_ found: Recognitions, into record: inout DocumentRecord) {
        var repairs: [(TextRange, Repair)] = []
        record.kind = found.kind ?? .other
        if let nor = pickNOR(found.norCandidates) {
            record.nor = NOR(value: nor.value, span: span(nor.range), raw: nor.repair.map { raw(nor.range, $0) })
            if let repair = nor.repair { repairs.append((nor.range, makeRepair(nor.range, nor.value, repair))) }
        }
        let kept = keptChorusOccurrences(found.chorus)
        record.chorus.reserveCapacity(record.chorus.count + kept.count)
        for code in kept {
            record.chorus.append(
                ChorusCode(kind: code.kind, value: code.value, span: span(code.range),
                           raw: code.repair.map { raw(code.range, $0) }, holder: code.holder))
            if let repair = code.repair { repairs.append((code.range, makeRepair(code.range, code.value, repair))) }
        }
        record.legalReferences = mergedReferences(found.legalReferences)
        record.programmes = programmes(found.programmes, chorus: record.chorus)
        assembleHeading(found, into: &record, repairs: &repairs)
        assembleBudget(found.budget, into: &record, repairs: &repairs)
        assembleParties(found, into: &record)
        repairs.sort { $0.0.start < $1.0.start }
        record.repairs = repairs.map(\.1)
        record.findings += found.findings.map { Finding($0.code, $0.message, span: $0.range.map(span)) }
    }

    func makeRepair(_ range: TextRange, _ value: String, _ repair: PendingRepair) -> Repair {
        Repair(span: span(range), raw: raw(range, repair), value: value, rule: repair.rule)
    }

    /// The original text of a repaired value's range.
    func raw(_ range: TextRange, _ repair: PendingRepair) -> String {
        guard let originalUTF8 else { return repair.raw }
        let original = span(range)
        return String(decoding: originalUTF8[original.start..<original.end], as: UTF8.self)
    }

    /// The first labelled NOR; an unlabelled one only when no label names one.
    private func pickNOR(_ candidates: [Recognitions.NORCandidate]) -> Recognitions.NORCandidate? {
        candidates.first(where: \.labelled) ?? candidates.first
    }

    /// One occurrence per (kind, value): the first that needed no repair, else the first;
    /// ordered by where the kept occurrences stand. (Kind and value together, as the string
    /// `kind|value` keyed them before: no kind's name holds a `|`.) Ties in that order keep the
    /// order of first mention, where a dictionary's values came in no set order.
    private func keptChorusOccurrences(_ occurrences: [Recognitions.ChorusOccurrence])
        -> [Recognitions.ChorusOccurrence]
    {
        var positions = KeyPositions<ChorusKey>(capacity: occurrences.count)
        var kept: [Recognitions.ChorusOccurrence] = []
        kept.reserveCapacity(occurrences.count)
        for occurrence in Self.inTextOrder(occurrences, start: \.range.start) {
            let key = ChorusKey(kind: occurrence.kind, value: occurrence.value)
            if let position = positions.position(of: key) {
                let existing = kept[position]
                if existing.repair != nil, occurrence.repair == nil {
                    var better = occurrence
                    better.holder = occurrence.holder ?? existing.holder
                    kept[position] = better
                }
            } else {
                positions.append(key)
                kept.append(occurrence)
            }
        }
        return Self.inTextOrder(kept, start: \.range.start)
    }

    /// One reference per act: same type and number, or same type and date when unnumbered.
    /// A later mention that gives the date an earlier one lacked completes it.
    ///
    /// The acts' keys (`ReferenceKey`) kept as three lists, compared type first: the type
    /// settles most pairs without reading a string, and no key is made and copied for each
    /// mention. Past `KeyPositions.linearLimit` acts, a dictionary of the keys.
    func mergedReferences(_ mentions: [Recognitions.LegalReferenceMention]) -> [LegalReference] {
        // Read in place through the buffer, field by field: binding each mention (and walking
        // them for their order) copied it, its number retained and released each time.
        mentions.withUnsafeBufferPointer { mentions in
            var merged: [LegalReference] = []
            merged.reserveCapacity(mentions.count)
            var types: [LegalReference.Kind] = []
            types.reserveCapacity(mentions.count)
            var numbers: [String?] = []
            numbers.reserveCapacity(mentions.count)
            var dates: [CalendarDate?] = []
            dates.reserveCapacity(mentions.count)
            var index: [ReferenceKey: Int]?
            let order = Self.textOrderIndices(mentions)
            for turn in mentions.indices {
                let at = order?[turn] ?? turn
                let type = mentions[at].type
                let date = mentions[at].date
                let numbered = mentions[at].number != nil
                let keyDate = numbered ? nil : date
                var position: Int?
                if let index {
                    position = index[ReferenceKey(type: type, number: mentions[at].number, date: keyDate)]
                } else {
                    for kept in types.indices where types[kept] == type && numbers[kept] == mentions[at].number && dates[kept] == keyDate {
                        position = kept
                        break
                    }
                }
                if let position {
                    if merged[position].date == nil, date != nil {
                        let existing = merged[position]
                        merged[position] = LegalReference(type: existing.type, number: existing.number, date: date,
                                                          span: span(mentions[at].range))
                    }
                    continue
                }
                let number = mentions[at].number
                merged.append(LegalReference(type: type, number: number, date: date, span: span(mentions[at].range)))
                types.append(type)
                numbers.append(number)
                dates.append(keyDate)
                if index != nil {
                    index?[ReferenceKey(type: type, number: number, date: keyDate)] = merged.count - 1
                } else if merged.count > KeyPositions<ReferenceKey>.linearLimit {
                    var built: [ReferenceKey: Int] = [:]
                    built.reserveCapacity(merged.count * 2)
                    for kept in types.indices {
                        built[ReferenceKey(type: types[kept], number: numbers[kept], date: dates[kept])] = kept
                    }
                    index = built
                }
            }
            return merged
        }
    }

    /// Programmes in order of first mention, each with the first label given; then those only
    /// implied by the act's Chorus codes.
    private func programmes(_ mentions: [Recognitions.ProgrammeMention], chorus: [ChorusCode]) -> [Programme] {
        var result: [Programme] = []
        for mention in Self.inTextOrder(mentions, start: \.range.start) {
            if let position = result.firstIndex(where: { $0.number == mention.number }) {
                if result[position].label == nil, let label = mention.label {
                    result[position] = Programme(number: mention.number, label: label, span: span(mention.range))
                }
            } else {
                result.append(Programme(number: mention.number, label: mention.label, span: span(mention.range)))
            }
        }
        for code in chorus {
            guard let number = code.programme, !result.contains(where: { $0.number == number }) else { continue }
            result.append(Programme(number: number, label: nil, span: nil))
        }
        return result
    }
}

extension Assembler {
    /// The order `inTextOrder` gives the mentions, as their indices: nil when they stand in it
    /// already (strictly increasing starts), else the indices sorted by start as `sorted` sorts
    /// the mentions (the same stable order). Read in place: a walk of the array copied each.
    static func textOrderIndices(_ mentions: UnsafeBufferPointer<Recognitions.LegalReferenceMention>) -> [Int]? {
        for at in mentions.indices.dropFirst() where mentions[at].range.start <= mentions[at - 1].range.start {
            return mentions.indices.sorted { mentions[$0].range.start < mentions[$1].range.start }
        }
        return nil
    }

    /// `items.sorted { start($0) < start($1) }`, without the copy and the sort when the items
    /// stand in strictly increasing order already (as recognizers walking the text forward
    /// append them): the sort then gives them back as they are, no two sharing a start whose
    /// order it would decide.
    static func inTextOrder<Item>(_ items: [Item], start: (Item) -> Int) -> [Item] {
        var previous = Int.min
        for item in items {
            let current = start(item)
            guard current > previous else { return items.sorted { start($0) < start($1) } }
            previous = current
        }
        return items
    }
}

/// What makes two mentions one act: its type and number, or its type and date when it has no
/// number (`date` is then nil for numbered ones). A struct rather than the string
/// `type|number` or `type|@date`, which printed the date and hashed the string each time; equal
/// in the same cases, as no type's name holds a `|`, a date prints one way, and a number, read
/// from a word or number token, never opens with `@`.
private struct ReferenceKey: Hashable {
    let type: LegalReference.Kind
    let number: String?
    let date: CalendarDate?
}

/// A Chorus code's identity: its kind and its value.
private struct ChorusKey: Hashable {
    let kind: ChorusCode.Kind
    let value: String
}
