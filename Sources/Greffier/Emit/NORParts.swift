extension NOR {
    /// Writes the `ministry` to `nature` members from the value's bytes, the same values as
    /// the properties give, when the value is twelve ASCII letters and digits with digits for
    /// the year (each byte is then one Character, and the year's two digits parse as `Int`
    /// does); false, writing nothing, otherwise.
    func writeParts<Emitter: JSONEmitter>(to json: inout Emitter) -> Bool {
        var text = value
        return text.withUTF8 { bytes in
            guard bytes.count == 12, Self.isPlainAlphanumeric(bytes),
                  ByteClass.isDigit(bytes[4]), ByteClass.isDigit(bytes[5]) else { return false }
            json.key("ministry")
            json.plainString(UnsafeBufferPointer(rebasing: bytes[0..<3]))
            json.key("service")
            json.plainString(UnsafeBufferPointer(rebasing: bytes[3..<4]))
            let digits = Int(bytes[4] &- UInt8(ascii: "0")) &* 10 &+ Int(bytes[5] &- UInt8(ascii: "0"))
            json.key("year")
            json.int(digits >= 80 ? 1900 + digits : 2000 + digits)
            json.key("sequence")
            json.plainString(UnsafeBufferPointer(rebasing: bytes[6..<11]))
            json.key("nature")
            json.plainString(UnsafeBufferPointer(rebasing: bytes[11..<12]))
            return true
        }
    }

    /// Every byte an ASCII letter or digit: none needs an escape, each is a Character.
    private static func isPlainAlphanumeric(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where !(ByteClass.isDigit(byte) || ByteClass.isUpper(byte) || ByteClass.isLower(byte)) {
            return false
        }
        return true
    }
}
