/// The record contract (v1) as JSON: keys in contract order, camelCase, ISO dates, amounts as
/// exact numbers, spans as `[start, end]` byte offsets of the original input.
///
/// The field lists below are the only description of the contract's JSON: written against
/// `JSONEmitter`, they give both the compact bytes of the batch output (`compactJSON`, no
/// tree) and the `JSONValue` tree (`json`) from the same code.
extension DocumentRecord {
    public var json: JSONValue {
        var builder = JSONTreeBuilder()
        write(to: &builder)
        return builder.value
    }

    /// The record as compact JSON (one line, no spaces), UTF-8: the same bytes as
    /// `json.serialized()`, written directly.
    public var compactJSON: [UInt8] { compactJSON(prefix: "", suffix: "") }

    /// `compactJSON` between `prefix` and `suffix` (a line's end, an array element's line
    /// break), in the one array: appending to the finished array made it grow, a copy more.
    public func compactJSON(prefix: StaticString, suffix: StaticString) -> [UInt8] {
        // Most records fit without the buffer growing; large ones grow it a few times.
        var writer = JSONBytesWriter(capacity: 4096)
        writer.raw(prefix)
        write(to: &writer)
        writer.raw(suffix)
        return writer.finish()
    }
}

extension DocumentRecord: JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter) {
        json.object { json in
            json.field("schemaVersion", Self.schemaVersion)
            json.field("source", source)
            json.field("kind", kind.rawValue)
            json.field("title", title)
            json.field("date", date)
            json.field("nor", nor)
            json.field("reference", reference)
            json.field("parties", parties)
            json.field("signature", signature)
            json.field("signatories", signatories)
            json.field("period", period)
            json.field("legalReferences", legalReferences)
            json.field("programmes", programmes)
            json.field("chorus", chorus)
            json.field("budget", budget)
            json.field("findings", findings)
            json.field("repairs", repairs)
            // Only records of unreadable inputs have the key at all.
            if let error { json.field("error", error) }
        }
    }
}

extension DocumentRecord.Source: JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter) {
        json.object { json in
            json.field("path", path)
            json.field("sha256", sha256)
            json.field("bytes", bytes)
            json.field("encoding", encoding?.rawValue)
        }
    }
}

extension DocumentRecord.InputError: JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter) {
        json.object { json in
            json.field("code", code.rawValue)
            json.field("message", message)
        }
    }
}

extension Span: JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter) {
        json.span(start, end)
    }
}

extension CalendarDate: JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter) { json.date(self) }
}

extension NOR: JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter) {
        json.object { json in
            json.field("value", value)
            // Cut on the value's bytes when it has a NOR's shape, one byte a character: the
            // properties cut it as Characters through substrings (~5,000 instructions a NOR).
            if !writeParts(to: &json) {
                json.field("ministry", ministry)
                json.field("service", service)
                json.field("year", year)
                json.field("sequence", sequence)
                json.field("nature", nature)
            }
            json.field("span", span)
            if let raw { json.field("raw", raw) }
        }
    }
}

extension Party: JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter) {
        json.object { json in
            json.field("role", role.rawValue)
            json.field("name", name)
            json.field("acronym", acronym)
            json.field("representative", representative)
            json.field("address", address)
            json.field("span", span)
        }
    }
}

extension Party.Representative: JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter) {
        json.object { json in
            json.field("name", name)
            json.field("title", title)
        }
    }
}

extension Signature: JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter) {
        json.object { json in
            json.field("date", date)
            json.field("place", place)
            json.field("span", span)
        }
    }
}

extension Signatory: JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter) {
        json.object { json in
            json.field("name", name)
            json.field("title", title)
            json.field("party", party)
            json.field("span", span)
        }
    }
}

extension Period: JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter) {
        json.object { json in
            json.field("start", start)
            json.field("startsOn", startsOn?.rawValue)
            json.field("end", end)
            json.field("extendableUntil", extendableUntil)
        }
    }
}

extension LegalReference: JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter) {
        json.object { json in
            json.field("type", type.rawValue)
            json.field("number", number)
            json.field("date", date)
            json.field("span", span)
        }
    }
}

extension Programme: JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter) {
        json.object { json in
            json.field("number", number)
            json.field("label", label)
            json.field("span", span)
        }
    }
}

extension ChorusCode: JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter) {
        json.object { json in
            json.field("kind", kind.rawValue)
            json.field("value", value)
            if let raw { json.field("raw", raw) }
            if let holder { json.field("holder", holder) }
            json.field("span", span)
        }
    }
}

extension Budget: JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter) {
        json.object { json in
            json.field("ceiling", ceiling)
            json.field("tables", tables)
        }
    }
}

extension BudgetTable: JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter) {
        json.object { json in
            json.field("title", title)
            json.field("columns", columns)
            json.field("rows", rows)
            json.field("span", span)
        }
    }
}

extension BudgetTable.Column: JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter) {
        json.object { json in
            json.field("header", header)
            json.field("measure", measure?.rawValue)
            json.field("year", year)
        }
    }
}

extension BudgetTable.Row: JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter) {
        json.object { json in
            json.field("label", label)
            json.field("group", group)
            json.field("isTotal", isTotal)
            json.field("cells", cells)
        }
    }
}

extension Finding: JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter) {
        json.object { json in
            json.field("severity", severity.rawValue)
            json.field("code", code.rawValue)
            json.field("message", message)
            json.field("span", span)
        }
    }
}

extension Repair: JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter) {
        json.object { json in
            json.field("span", span)
            json.field("raw", raw)
            json.field("value", value)
            json.field("rule", rule.rawValue)
        }
    }
}
