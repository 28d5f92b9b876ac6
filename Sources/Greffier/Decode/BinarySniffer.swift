/// Tells text from binary content before any decoding work is spent on it.
enum BinarySniffer {
    /// A reason when the bytes are not text (UTF-16 inputs are sniffed by their BOM first).
    static func binaryReason(_ input: [UInt8]) -> String? {
        if input.starts(with: Array("%PDF-".utf8)) { return "PDF document" }
        var controls = 0
        for byte in input {
            if byte == 0 { return "NUL byte" }
            // Tab, LF, VT, FF, CR and ESC occur in real texts; other C0 controls do not.
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0B && byte != 0x0C
                && byte != 0x0D && byte != 0x1B
            {
                controls += 1
            }
        }
        if input.count > 0 && controls * 20 > input.count { return "control characters" }
        return nil
    }
}
