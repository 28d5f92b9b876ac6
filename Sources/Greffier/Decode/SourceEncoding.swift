/// The character encoding an input was read in, as reported in `source.encoding`.
public enum SourceEncoding: String, Sendable, Equatable {
    case utf8 = "utf-8"
    case utf8BOM = "utf-8-bom"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case windows1252 = "windows-1252"
}
