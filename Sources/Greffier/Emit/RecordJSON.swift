/// The record contract (v1) as JSON: keys in contract order, camelCase, ISO dates, amounts as
/// exact numbers, spans as `[start, end]` byte offsets of the original input.
extension DocumentRecord {
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("schemaVersion", .int(Self.schemaVersion)),
            ("source", .object([
                ("path", .string(source.path)), ("sha256", .string(source.sha256)),
                ("bytes", .int(source.bytes)), ("encoding", .optional(source.encoding?.rawValue)),
            ])),
            ("kind", .string(kind.rawValue)),
            ("title", .optional(title)),
            ("date", date.json),
            ("nor", nor.map(\.json) ?? .null),
            ("reference", .optional(reference)),
            ("parties", .array(parties.map(\.json))),
            ("signature", signature.map(\.json) ?? .null),
            ("signatories", .array(signatories.map(\.json))),
            ("period", period.map(\.json) ?? .null),
            ("legalReferences", .array(legalReferences.map(\.json))),
            ("programmes", .array(programmes.map(\.json))),
            ("chorus", .array(chorus.map(\.json))),
            ("budget", budget.json),
            ("findings", .array(findings.map(\.json))),
            ("repairs", .array(repairs.map(\.json))),
        ]
        if let error {
            members.append(("error", .object([("code", .string(error.code.rawValue)), ("message", .string(error.message))])))
        }
        return .object(members)
    }
}

extension Span {
    var json: JSONValue { .array([.int(start), .int(end)]) }
}

extension Optional where Wrapped == Span {
    var json: JSONValue { map(\.json) ?? .null }
}

extension Optional where Wrapped == CalendarDate {
    var json: JSONValue { map { .string($0.description) } ?? .null }
}

extension Optional where Wrapped == Amount {
    var json: JSONValue { map { .number($0.jsonNumber) } ?? .null }
}

extension NOR {
    var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("value", .string(value)), ("ministry", .string(ministry)), ("service", .string(service)),
            ("year", .int(year)), ("sequence", .string(sequence)), ("nature", .string(nature)),
            ("span", span.json),
        ]
        if let raw { members.append(("raw", .string(raw))) }
        return .object(members)
    }
}

extension Party {
    var json: JSONValue {
        .object([
            ("role", .string(role.rawValue)), ("name", .string(name)), ("acronym", .optional(acronym)),
            ("representative", representative.map {
                .object([("name", .optional($0.name)), ("title", .optional($0.title))])
            } ?? .null),
            ("address", .optional(address)), ("span", span.json),
        ])
    }
}

extension Signature {
    var json: JSONValue {
        .object([("date", date.json), ("place", .optional(place)), ("span", span.json)])
    }
}

extension Signatory {
    var json: JSONValue {
        .object([("name", .string(name)), ("title", .optional(title)), ("party", .optional(party)), ("span", span.json)])
    }
}

extension Period {
    var json: JSONValue {
        .object([
            ("start", start.json), ("startsOn", .optional(startsOn?.rawValue)),
            ("end", end.json), ("extendableUntil", extendableUntil.json),
        ])
    }
}

extension LegalReference {
    var json: JSONValue {
        .object([("type", .string(type.rawValue)), ("number", .optional(number)), ("date", date.json), ("span", span.json)])
    }
}

extension Programme {
    var json: JSONValue {
        .object([("number", .string(number)), ("label", .optional(label)), ("span", span.json)])
    }
}

extension ChorusCode {
    var json: JSONValue {
        var members: [(String, JSONValue)] = [("kind", .string(kind.rawValue)), ("value", .string(value))]
        if let raw { members.append(("raw", .string(raw))) }
        if let holder { members.append(("holder", .string(holder))) }
        members.append(("span", span.json))
        return .object(members)
    }
}

extension Budget {
    var json: JSONValue {
        .object([("ceiling", ceiling.json), ("tables", .array(tables.map(\.json)))])
    }
}

extension BudgetTable {
    var json: JSONValue {
        .object([
            ("title", .optional(title)),
            ("columns", .array(columns.map {
                .object([("header", .string($0.header)), ("measure", .optional($0.measure?.rawValue)),
                         ("year", $0.year.map(JSONValue.int) ?? .null)])
            })),
            ("rows", .array(rows.map {
                .object([("label", .string($0.label)), ("group", .optional($0.group)), ("isTotal", .bool($0.isTotal)),
                         ("cells", .array($0.cells.map(\.json)))])
            })),
            ("span", span.json),
        ])
    }
}

extension Finding {
    var json: JSONValue {
        .object([("severity", .string(severity.rawValue)), ("code", .string(code.rawValue)),
                 ("message", .string(message)), ("span", span.json)])
    }
}

extension Repair {
    var json: JSONValue {
        .object([("span", span.json), ("raw", .string(raw)), ("value", .string(value)), ("rule", .string(rule.rawValue))])
    }
}
