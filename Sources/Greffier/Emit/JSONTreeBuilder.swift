/// Builds the `JSONValue` of the emitted events: the tree that pretty printing, the record
/// checks and comparisons read.
struct JSONTreeBuilder: JSONEmitter {
    /// An open object or array: its members so far (keys are empty in arrays) and the key it
    /// goes under in its parent.
    private struct Container {
        let isObject: Bool
        let key: String
        var members: [(String, JSONValue)] = []
    }

    private var open: [Container] = []
    private var pendingKey = ""
    /// The whole value, once its last event has come.
    private(set) var value: JSONValue = .null

    private mutating func add(_ item: JSONValue) {
        if open.isEmpty {
            value = item
        } else {
            open[open.count - 1].members.append((pendingKey, item))
        }
        pendingKey = ""
    }

    private mutating func begin(isObject: Bool) {
        open.append(Container(isObject: isObject, key: pendingKey))
        pendingKey = ""
    }

    private mutating func end() {
        guard let container = open.popLast() else { return }
        pendingKey = container.key
        add(container.isObject ? .object(container.members) : .array(container.members.map(\.1)))
    }

    mutating func beginObject() { begin(isObject: true) }
    mutating func endObject() { end() }
    mutating func beginArray() { begin(isObject: false) }
    mutating func endArray() { end() }
    mutating func key(_ name: StaticString) { pendingKey = name.description }
    mutating func null() { add(.null) }
    mutating func bool(_ value: Bool) { add(.bool(value)) }
    mutating func int(_ value: Int) { add(.int(value)) }
    mutating func amount(_ value: Amount) { add(.number(value.jsonNumber)) }
    mutating func string(_ value: String) { add(.string(value)) }
    mutating func span(_ start: Int, _ end: Int) { add(.array([.int(start), .int(end)])) }
    mutating func plainString(_ bytes: UnsafeBufferPointer<UInt8>) { add(.string(String(decoding: bytes, as: UTF8.self))) }
    mutating func date(_ value: CalendarDate) { add(.string(value.description)) }
}
