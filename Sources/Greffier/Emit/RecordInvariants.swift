/// What must hold of any record, whatever the input: the fuzz target and the hostile-input
/// tests check it, so that a crash is not the only failure they can see.
public enum RecordInvariants {
    /// Every broken invariant of `record`, read from `input`, in words; empty when it is sound.
    public static func violations(of record: DocumentRecord, input: [UInt8]) -> [String] {
        var problems: [String] = []
        if record.source.bytes != input.count {
            problems.append("source.bytes \(record.source.bytes) for \(input.count) input bytes")
        }
        let json = record.json
        checkSpans(json, path: "$", limit: input.count, into: &problems)
        for finding in record.findings where finding.code.explanation == nil {
            problems.append("finding \(finding.code.rawValue) has no explanation")
        }
        // The JSON must read back as what was written: escaping and numbers are exact.
        let text = json.serialized()
        if text.contains("\n") { problems.append("a JSON Lines record spans several lines") }
        do {
            let parsed = try JSONParser.parse(text)
            if parsed != json { problems.append("the record's JSON does not read back the same") }
        } catch {
            problems.append("the record's JSON does not parse: \(error.message) at \(error.offset)")
        }
        return problems
    }

    /// Spans are `[start, end]` with `0 <= start <= end <= limit`.
    private static func checkSpans(_ value: JSONValue, path: String, limit: Int, into problems: inout [String]) {
        switch value {
        case .object(let members):
            for (key, member) in members {
                if key == "span", case .array(let bounds) = member {
                    checkSpan(bounds, path: path + ".span", limit: limit, into: &problems)
                } else {
                    checkSpans(member, path: path + "." + key, limit: limit, into: &problems)
                }
            }
        case .array(let items):
            for (position, item) in items.enumerated() {
                checkSpans(item, path: path + "[\(position)]", limit: limit, into: &problems)
            }
        default:
            break
        }
    }

    private static func checkSpan(_ bounds: [JSONValue], path: String, limit: Int, into problems: inout [String]) {
        guard bounds.count == 2, case .number(let first) = bounds[0], case .number(let second) = bounds[1],
            let start = Int(first), let end = Int(second)
        else {
            problems.append("\(path) is not two integers")
            return
        }
        if !(0 <= start && start <= end && end <= limit) {
            problems.append("\(path) [\(start), \(end)] outside the input's \(limit) bytes")
        }
    }
}
