/// A JSON value with ordered object keys, so that records print their fields in contract order.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// The number's exact JSON text (`1068044.02`): amounts are never routed through a float.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case (.bool(let x), .bool(let y)): x == y
        case (.number(let x), .number(let y)): x == y
        case (.string(let x), .string(let y)): x == y
        case (.array(let x), .array(let y)): x == y
        case (.object(let x), .object(let y)):
            x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    static func int(_ value: Int) -> JSONValue { .number(String(value)) }

    /// Compact JSON on one line (JSON Lines), or indented with two spaces.
    public func serialized(pretty: Bool = false) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        write(to: &output, pretty: pretty, indent: 0)
        return String(decoding: output, as: UTF8.self)
    }

    // Written as UTF-8 bytes, not appended to a String scalar by scalar: the records of a
    // batch are most of what it writes, and the String path showed in profiles.
    private func write(to output: inout [UInt8], pretty: Bool, indent: Int) {
        switch self {
        case .null: output += "null".utf8
        case .bool(let value): output += (value ? "true" : "false").utf8
        case .number(let text): output += text.utf8
        case .string(let text): JSONValue.writeString(text, to: &output)
        case .array(let items):
            if items.isEmpty {
                output += "[]".utf8
                return
            }
            output.append(UInt8(ascii: "["))
            for (position, item) in items.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                if pretty { Self.newline(indent + 1, to: &output) }
                item.write(to: &output, pretty: pretty, indent: indent + 1)
            }
            if pretty { Self.newline(indent, to: &output) }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty {
                output += "{}".utf8
                return
            }
            output.append(UInt8(ascii: "{"))
            for (position, member) in members.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                if pretty { Self.newline(indent + 1, to: &output) }
                JSONValue.writeString(member.0, to: &output)
                output += (pretty ? ": " : ":").utf8
                member.1.write(to: &output, pretty: pretty, indent: indent + 1)
            }
            if pretty { Self.newline(indent, to: &output) }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(_ indent: Int, to output: inout [UInt8]) {
        output.append(0x0A)
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
    }

    public static func writeString(_ text: String, to output: inout String) {
        var bytes: [UInt8] = []
        writeString(text, to: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// `text` as a JSON string: quotes, backslashes and control characters escaped, and
    /// U+2028/U+2029 too (JavaScript reads them as line ends); everything else copied as is.
    static func writeString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var index = 0
            while index < utf8.count {
                // Runs that need no escape are copied whole.
                let runStart = index
                index = Self.firstEscape(utf8, from: index)
                if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                guard index < utf8.count else { break }
                let byte = utf8[index]
                let escape: String?
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0..<0x20: escape = "\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
                case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80
                    && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                    escape = utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    index += 2
                default: escape = nil
                }
                if let escape { output += escape.utf8 } else { output.append(byte) }
                index += 1
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// A byte copied as is whatever follows it: not a quote, a backslash, a control character,
    /// nor the lead byte of U+2028/U+2029.
    @inline(__always)
    private static func isPlain(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && byte != 0xE2
    }

    /// The offset of the first byte at or after `start` that is not plain, else `utf8.count`.
    // Sixteen bytes a test while sixteen remain (the record's strings are mostly plain, and
    // this ran byte by byte over every byte of the output), then eight, then byte by byte:
    // never a read past the string's bytes.
    static func firstEscape(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = utf8.baseAddress {
            let space = SIMD16<UInt8>(repeating: 0x20)
            let quote = SIMD16<UInt8>(repeating: UInt8(ascii: "\""))
            let backslash = SIMD16<UInt8>(repeating: UInt8(ascii: "\\"))
            let lineSeparatorLead = SIMD16<UInt8>(repeating: 0xE2)
            while index + 16 <= utf8.count {
                let chunk = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
                let stops = (chunk .< space) .| (chunk .== quote) .| (chunk .== backslash) .| (chunk .== lineSeparatorLead)
                if any(stops) { break }
                index += 16
            }
        }
        // Then eight bytes a test (the lowest flag of each mask is exact, so the lowest of
        // all is the first byte that is not plain), the last few byte by byte.
        while index + 8 <= utf8.count {
            let word = WordAtATime.loadLittleEndian(utf8, index)
            let stops = WordAtATime.bytes(below: 0x20, in: word) | WordAtATime.bytes(equalTo: UInt8(ascii: "\""), in: word)
                | WordAtATime.bytes(equalTo: UInt8(ascii: "\\"), in: word) | WordAtATime.bytes(equalTo: 0xE2, in: word)
            guard stops == 0 else { return index + WordAtATime.bytesBefore(stops) }
            index += 8
        }
        while index < utf8.count, isPlain(utf8[index]) { index += 1 }
        return index
    }
}
