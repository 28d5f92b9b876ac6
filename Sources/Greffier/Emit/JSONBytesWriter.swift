/// Writes compact JSON (one line, no spaces) as UTF-8 bytes, straight from the emitted events:
/// the batch output's records, without a `JSONValue` tree to allocate and free for each.
/// Gives exactly the bytes of `JSONValue.serialized(pretty: false)` on the same value (tested).
struct JSONBytesWriter: JSONEmitter {
    private(set) var bytes: [UInt8] = []
    /// A value has just ended: the next member or element needs a comma first.
    private var afterValue = false

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    @inline(__always)
    private mutating func separate() {
        if afterValue { bytes.append(UInt8(ascii: ",")) }
    }

    mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        afterValue = false
    }

    mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        afterValue = true
    }

    mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        afterValue = false
    }

    mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        afterValue = true
    }

    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        afterValue = false
    }

    mutating func null() { scalar("null") }

    mutating func bool(_ value: Bool) { scalar(value ? "true" : "false") }

    mutating func int(_ value: Int) {
        separate()
        JSONNumberText.write(value, to: &bytes)
        afterValue = true
    }

    mutating func amount(_ value: Amount) {
        separate()
        JSONNumberText.write(value, to: &bytes)
        afterValue = true
    }

    mutating func string(_ value: String) {
        separate()
        JSONValue.writeString(value, to: &bytes)
        afterValue = true
    }

    mutating func date(_ value: CalendarDate) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        value.writeISO(to: &bytes)
        bytes.append(UInt8(ascii: "\""))
        afterValue = true
    }

    private mutating func scalar(_ word: StaticString) {
        separate()
        word.withUTF8Buffer { bytes.append(contentsOf: $0) }
        afterValue = true
    }
}
