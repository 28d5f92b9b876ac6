/// A record as a multiset of facts per field family, so that records can be scored against
/// goldens with precision and recall: a fact is a field path with its value
/// (`chorus[centreDeCouts]=SGSIFAB075`). Works on full records and golden projections alike.
public enum RecordFacts {
    public enum Family: String, Sendable, CaseIterable {
        case nor, dates, parties, chorus, legalReferences, programmes, budget
    }

    public static func facts(_ record: JSONValue) -> [Family: [String]] {
        var result: [Family: [String]] = [:]
        func add(_ family: Family, _ fact: String) { result[family, default: []].append(fact) }

        if let nor = record["nor"]?["value"]?.text { add(.nor, "nor=\(nor)") }
        if let date = record["date"]?.text { add(.dates, "date=\(date)") }
        if let date = record["signature"]?["date"]?.text { add(.dates, "signature.date=\(date)") }
        if let place = record["signature"]?["place"]?.text { add(.dates, "signature.place=\(place)") }
        for key in ["start", "startsOn", "end", "extendableUntil"] {
            if let value = record["period"]?[key]?.text { add(.dates, "period.\(key)=\(value)") }
        }
        for party in record["parties"]?.items ?? [] {
            let role = party["role"]?.text ?? "?"
            if let name = party["name"]?.text { add(.parties, "parties[\(role)].name=\(prose(name))") }
            if let acronym = party["acronym"]?.text { add(.parties, "parties[\(role)].acronym=\(prose(acronym))") }
            if let name = party["representative"]?["name"]?.text {
                add(.parties, "parties[\(role)].representative.name=\(prose(name))")
            }
        }
        for code in record["chorus"]?.items ?? [] {
            add(.chorus, "chorus[\(code["kind"]?.text ?? "?")]=\(code["value"]?.text ?? "")")
        }
        for reference in record["legalReferences"]?.items ?? [] {
            let parts = ["type", "number", "date"].map { reference[$0]?.text ?? "null" }
            add(.legalReferences, "legalReferences=\(parts.joined(separator: "|"))")
        }
        for programme in record["programmes"]?.items ?? [] {
            add(.programmes, "programmes=\(programme["number"]?.text ?? "")")
        }
        if let ceiling = record["budget"]?["ceiling"]?.text { add(.budget, "budget.ceiling=\(ceiling)") }
        for (position, table) in (record["budget"]?["tables"]?.items ?? []).enumerated() {
            let headers = (table["columns"]?.items ?? []).map { $0["header"]?.text ?? "" }
            for row in table["rows"]?.items ?? [] {
                let label = row["label"]?.text ?? ""
                for (column, cell) in (row["cells"]?.items ?? []).enumerated() {
                    guard let amount = cell.text else { continue }
                    let header = column < headers.count ? headers[column] : "\(column)"
                    add(.budget, "budget.tables[\(position)][\(label)][\(header)]=\(amount)")
                }
            }
        }
        return result
    }
}

extension RecordFacts {
    /// Names are prose as written: OCR loses or misreads their accents (`sant¢`, `a` for `à`)
    /// without making them another name, so they are compared folded (case, accents, spacing).
    /// Codes, numbers and dates are compared exactly.
    static func prose(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let folded = Folding.fold(bytes, 0, bytes.count)
        return folded.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}

extension JSONValue {
    /// The member `key` of an object, or nil.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The elements of an array, or nil.
    public var items: [JSONValue]? {
        guard case .array(let values) = self else { return nil }
        return values
    }

    /// A string's or a number's text; nil for null and containers.
    public var text: String? {
        switch self {
        case .string(let value), .number(let value): value
        case .bool(let value): value ? "true" : "false"
        default: nil
        }
    }
}
