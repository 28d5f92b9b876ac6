/// Receives a JSON value as a stream of events. The record's field lists are written once
/// against it (`JSONWritable`), and two emitters consume them: `JSONBytesWriter` writes compact
/// JSON straight to bytes (the batch output, with no tree to build and free), and
/// `JSONTreeBuilder` builds the `JSONValue` that pretty printing, checks and comparisons use.
///
/// Object keys are `StaticString`s of plain ASCII: they are written without escaping.
protocol JSONEmitter {
    mutating func beginObject()
    mutating func endObject()
    mutating func beginArray()
    mutating func endArray()
    mutating func key(_ name: StaticString)
    mutating func null()
    mutating func bool(_ value: Bool)
    mutating func int(_ value: Int)
    mutating func amount(_ value: Amount)
    mutating func string(_ value: String)
    /// A string of UTF-8 `bytes` none of which needs an escape (the parts of a NOR).
    mutating func plainString(_ bytes: UnsafeBufferPointer<UInt8>)
    /// A span, `[start,end]`: one call where four events cost more (a record holds dozens).
    mutating func span(_ start: Int, _ end: Int)
    /// An ISO date string (`"2024-03-01"`), written without a `String` by the byte writer.
    mutating func date(_ value: CalendarDate)
}

/// A value that can describe itself to any `JSONEmitter`.
protocol JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter)
}

extension JSONEmitter {
    /// One object member: its key, then its value.
    mutating func field<Value: JSONWritable>(_ name: StaticString, _ value: Value) {
        key(name)
        value.write(to: &self)
    }

    /// An object whose members `body` emits.
    mutating func object(_ body: (inout Self) -> Void) {
        beginObject()
        body(&self)
        endObject()
    }
}

extension String: JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter) { json.string(self) }
}

extension Int: JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter) { json.int(self) }
}

extension Bool: JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter) { json.bool(self) }
}

extension Amount: JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter) { json.amount(self) }
}

/// Absent values are written as `null`, not left out: the contract lists every field.
extension Optional: JSONWritable where Wrapped: JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter) {
        if let self { self.write(to: &json) } else { json.null() }
    }
}

extension Array: JSONWritable where Element: JSONWritable {
    func write<Emitter: JSONEmitter>(to json: inout Emitter) {
        json.beginArray()
        // Through the buffer: each element is read in place, where iterating copied it (its
        // strings retained, then released) before writing it.
        withUnsafeBufferPointer { elements in
            for index in elements.indices { elements[index].write(to: &json) }
        }
        json.endArray()
    }
}
