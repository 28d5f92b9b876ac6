/// The budget: its tables in text order (a prose schedule inside a laid-out table is the same
/// table read twice, and is dropped), its ceiling when the act states one value, and the
/// findings and repairs made reading them.
extension Assembler {
    func assembleBudget(_ found: BudgetRecognitions, into record: inout DocumentRecord,
                        repairs: inout [(TextRange, Repair)])
    {
        let layouts = LayoutCover(found.tables.filter { $0.origin == .layout }.map(\.range))
        let kept = found.tables.filter { table in
            table.origin == .layout || !layouts.overlaps(table.range)
        }.sorted { $0.range.start < $1.range.start }
        // Sets, not searches of the lists: a hostile text may hold thousands of each. Room for
        // every range made at once: grown insert by insert, the set was rehashed each time.
        var repaired = Set<TextRange>(minimumCapacity: kept.reduce(repairs.count) { $0 + $1.repairs.count })
        for repair in repairs { repaired.insert(repair.0) }
        for table in kept {
            record.budget.tables.append(
                BudgetTable(title: table.title, columns: table.columns, rows: table.rows, span: span(table.range)))
            for repair in table.repairs where repaired.insert(repair.range).inserted {
                let pending = PendingRepair(raw: repair.raw, rule: repair.rule)
                repairs.append((repair.range, makeRepair(repair.range, repair.value, pending)))
            }
            record.findings += table.findings.map { Finding($0.code, $0.message, span: $0.range.map(span)) }
        }
        var values: [Amount] = []
        var distinct = Set<Amount>(minimumCapacity: found.ceilings.count)
        for mention in found.ceilings.sorted(by: { $0.range.start < $1.range.start })
        where distinct.insert(mention.amount).inserted {
            values.append(mention.amount)
        }
        if values.count == 1 {
            record.budget.ceiling = values.first
        } else if values.count > 1, let first = found.ceilings.min(by: { $0.range.start < $1.range.start }) {
            record.findings.append(Finding(
                .budgetCeilingConflict,
                "le texte fixe plusieurs plafonds (\(Self.listed(values))) ; aucun n'est retenu",
                span: span(first.range)))
        }
    }

    /// The amounts in French, the first `shownLimit` only: a message stays a line, not a page.
    static func listed(_ values: [Amount]) -> String {
        let shownLimit = 10
        let shown = values.prefix(shownLimit).map(\.frenchText).joined(separator: ", ")
        return values.count > shownLimit ? shown + " et \(values.count - shownLimit) autres" : shown
    }
}

/// The byte ranges covered by laid-out tables, merged and sorted, so that whether a prose
/// schedule lies inside one is a binary search rather than a scan of every table.
struct LayoutCover {
    private var ranges: [TextRange] = []

    init(_ tables: [TextRange]) {
        for range in tables.sorted(by: { $0.start < $1.start }) {
            if let last = ranges.last, range.start < last.end {
                ranges[ranges.count - 1] = TextRange(last.start, max(last.end, range.end))
            } else {
                ranges.append(range)
            }
        }
    }

    /// Whether `range` shares a byte with a table (half-open ranges, as before).
    func overlaps(_ range: TextRange) -> Bool {
        // The last merged range starting before `range` ends is the only one that can overlap.
        var low = 0
        var high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].start < range.end { low = mid + 1 } else { high = mid }
        }
        return low > 0 && range.start < ranges[low - 1].end
    }
}
