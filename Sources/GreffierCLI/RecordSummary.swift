import Greffier

/// A short human summary of one record, for an analyst who would rather read than parse JSON.
enum RecordSummary {
    static func render(_ record: DocumentRecord) -> String {
        var lines: [String] = []
        lines.append(record.source.path)
        if let error = record.error {
            lines.append("  illisible : \(error.message) [\(error.code.rawValue)]")
            return lines.joined(separator: "\n") + "\n"
        }
        func field(_ label: String, _ value: String?) {
            lines.append("  " + label.padding(toLength: 14, withPad: " ", startingAt: 0) + (value ?? "—"))
        }
        field("Titre", record.title)
        field("Nature", record.kind.rawValue)
        field("Date", record.date?.description)
        field("NOR", record.nor.map { nor in nor.raw.map { "\(nor.value) (lu « \($0) »)" } ?? nor.value })
        if let reference = record.reference { field("Référence", reference) }
        if record.parties.isEmpty {
            field("Parties", nil)
        } else {
            lines.append("  Parties")
            for party in record.parties {
                let acronym = party.acronym.map { " (\($0))" } ?? ""
                lines.append("    \(party.role.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0))\(party.name)\(acronym)")
                if let representative = party.representative {
                    let who = [representative.name, representative.title].compactMap { $0 }.joined(separator: ", ")
                    lines.append("                représenté(e) par \(who)")
                }
                if let address = party.address { lines.append("                \(address)") }
            }
        }
        let signature = record.signature.map { signature in
            [signature.place.map { "à \($0)" }, signature.date.map { "le \($0)" }].compactMap { $0 }.joined(separator: ", ")
        }
        field("Signature", signature)
        for signatory in record.signatories {
            let title = signatory.title.map { ", \($0)" } ?? ""
            let party = signatory.party.map { " pour \($0)" } ?? ""
            lines.append("                \(signatory.name)\(title)\(party)")
        }
        field("Période", record.period.map(describe))
        if !record.programmes.isEmpty {
            field("Programmes", record.programmes.map { programme in
                programme.label.map { "\(programme.number) « \($0) »" } ?? programme.number
            }.joined(separator: ", "))
        }
        if !record.chorus.isEmpty {
            lines.append("  Chorus")
            for code in record.chorus {
                let raw = code.raw.map { " (lu « \($0.split(separator: "\n").joined(separator: "⏎")) »)" } ?? ""
                let holder = code.holder.map { ", titulaire \($0)" } ?? ""
                lines.append("    \(code.kind.rawValue.padding(toLength: 31, withPad: " ", startingAt: 0))\(code.value)\(raw)\(holder)")
            }
        }
        if !record.legalReferences.isEmpty {
            lines.append("  Références")
            for reference in record.legalReferences {
                let number = reference.number.map { " n° \($0)" } ?? ""
                let date = reference.date.map { " du \($0)" } ?? ""
                lines.append("    \(reference.type.rawValue)\(number)\(date)")
            }
        }
        if let ceiling = record.budget.ceiling { field("Plafond", ceiling.frenchText) }
        for table in record.budget.tables {
            lines.append("")
            lines += BudgetTableText.render(table).map { "  " + $0 }
        }
        if !record.findings.isEmpty {
            lines.append("  Constats")
            for finding in record.findings {
                lines.append("    \(finding.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0))\(finding.code.rawValue) : \(finding.message)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func describe(_ period: Period) -> String {
        var parts: [String] = []
        switch period.startsOn {
        case .signature: parts.append("dès la signature")
        case .lastSignature: parts.append("dès la dernière signature")
        case nil: if let start = period.start { parts.append("du \(start)") }
        }
        if let end = period.end { parts.append("jusqu'au \(end)") }
        if let until = period.extendableUntil { parts.append("reconductible jusqu'au \(until) au plus") }
        return parts.joined(separator: ", ")
    }
}

/// A budget table as aligned text: label columns left, amounts right-aligned.
enum BudgetTableText {
    static func render(_ table: BudgetTable) -> [String] {
        let header = ["" ] + table.columns.map(\.header)
        let rows = table.rows.map { row -> [String] in
            let label = [row.group, row.label].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " / ")
            return [label] + row.cells.map { $0.map(\.frenchText) ?? "—" }
        }
        let all = [header] + rows
        let widths = (0..<header.count).map { column in all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: max(0, widths[column] - cell.count))
                return column == 0 ? cell + pad : pad + cell
            }.joined(separator: " | ")
        }
        var lines: [String] = []
        if let title = table.title { lines.append(title) }
        lines.append(line(header))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "-+-"))
        lines += rows.map(line)
        return lines
    }
}
