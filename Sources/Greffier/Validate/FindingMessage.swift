/// A finding's message written as an interpolated literal, `text: "le NOR \(value) …"`, with
/// the same text as the `String` literal would give, made cheaper: the pieces are copied into
/// one byte buffer sized for the literal, and the string is made once at the end. A `String`
/// interpolation appended piece by piece to a string, each append about 400 instructions (its
/// checks, and growth past the room first guessed): a message of five values cost ~2,500.
struct FindingMessage: ExpressibleByStringInterpolation {
    let text: String

    init(stringLiteral value: StaticString) {
        text = value.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
    }

    init(stringInterpolation: Interpolation) {
        text = String(decoding: stringInterpolation.bytes, as: UTF8.self)
    }

    struct Interpolation: StringInterpolationProtocol {
        fileprivate var bytes: [UInt8] = []

        init(literalCapacity: Int, interpolationCount: Int) {
            // A value is a word or a number most often; longer ones grow the buffer once or twice.
            bytes.reserveCapacity(literalCapacity + 24 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: StaticString) {
            literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        mutating func appendInterpolation(_ value: String) {
            if value.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
                bytes.append(contentsOf: value.utf8)
            }
        }

        mutating func appendInterpolation(_ value: Int) {
            appendInterpolation(String(value))
        }

        mutating func appendInterpolation(_ value: CalendarDate) {
            appendInterpolation(value.description)
        }

        /// Any other value as `String` interpolation writes it: `String(describing:)` picks the
        /// same text (a stream's `write`, else `description`, else the default).
        mutating func appendInterpolation<Value>(_ value: Value) {
            appendInterpolation(String(describing: value))
        }
    }
}

extension Finding {
    /// A finding whose message is an interpolated literal (`FindingMessage`).
    init(_ code: FindingCode, text message: FindingMessage, span: Span?) {
        self.init(code, message.text, span: span)
    }
}
