import Foundation
import Greffier

/// How CSV is written: RFC 4180 (fields quoted when they hold the separator, a quote or a line
/// break; quotes doubled; CRLF line ends), UTF-8 with a byte order mark.
///
/// The default is what a spreadsheet with French settings opens without an import dialog:
/// `;` between fields (French Excel's list separator, since `,` is its decimal mark) and
/// amounts with a decimal comma. The byte order mark is what makes Excel read UTF-8 rather than
/// Windows-1252; LibreOffice and Python's `utf-8-sig` skip it.
struct CSVStyle: Equatable, Sendable {
    enum Separator: String, Equatable, Sendable {
        case semicolon = ";"
        case comma = ","
        case tab = "\t"

        /// `;`, `,`, `tab` (a literal tab is hard to type in a shell), or their names.
        init?(argument: String) {
            switch argument {
            case ";", "semicolon": self = .semicolon
            case ",", "comma": self = .comma
            case "\t", "tab": self = .tab
            default: return nil
            }
        }

        /// The decimal mark that goes with it in spreadsheets' locales.
        var usualDecimal: Decimal { self == .semicolon ? .comma : .point }
    }

    enum Decimal: String, Equatable, Sendable {
        case comma, point
    }

    var separator = Separator.semicolon
    var decimal = Decimal.comma

    static let lineEnd = "\r\n"
    static let byteOrderMark = "\u{FEFF}"

    /// One field, quoted when it must be.
    func field(_ text: String) -> String {
        let needsQuotes = text.utf8.contains { byte in
            byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D || byte == separator.rawValue.utf8.first
        }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One row, fields already as text, ended by CRLF.
    func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: separator.rawValue) + Self.lineEnd
    }

    /// An exact amount in euros, with this style's decimal mark and no digit grouping, so that
    /// a spreadsheet reads it as a number: `1068044,02`.
    func amount(_ amount: Amount?) -> String {
        guard let amount else { return "" }
        let text = amount.jsonNumber
        return decimal == .comma ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
