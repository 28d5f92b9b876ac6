/// Case and accent folding on UTF-8 bytes (`Activité` → `activite`, `ŒUVRE` → `oeuvre`), the
/// form in which recognizers compare words. A `-⏎` inside a token (a word hyphenated across a
/// line break, see `PageFurniture.cleaned`) and the next line's indentation are
/// skipped.
enum Folding {
    static func fold(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(end - start)
        appendFold(bytes, start, end, to: &result)
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends the fold of `bytes[start..<end]` to `result`. False when a non-ASCII character
    /// has no ASCII fold: such a text never equals an ASCII word.
    @discardableResult
    static func appendFold(_ bytes: [UInt8], _ start: Int, _ end: Int, to result: inout [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { fold($0, start, end, into: &result) }
    }

    /// The one folding loop, over raw bytes into any byte sink: `FoldedTokens` folds every
    /// token of a document with it, so it runs on every byte of every input.
    @inline(__always)
    static func fold<Output: FoldOutput>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into result: inout Output
    ) -> Bool {
        var asciiOnly = true
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == UInt8(ascii: "-"), index + 1 < end, bytes[index + 1] == 0x0A {
                    index += 2
                    while index < end, ByteClass.isSpace(bytes[index]) { index += 1 }
                } else {
                    result.append(ByteClass.lowercased(byte))
                    index += 1
                }
                continue
            }
            let scalar = Letters.scalar(bytes, at: index)
            let ascii = Letters.asciiFoldBytes(scalar)
            if ascii.first != 0 {
                result.append(ascii.first)
                if ascii.second != 0 { result.append(ascii.second) }
            } else if let bytes = CaselessSymbols.utf8(scalar) {
                // A frequent symbol (`«`, `€`, `–`): its own lowercase, without making a string.
                asciiOnly = false
                result.append(bytes.0)
                result.append(bytes.1)
                if bytes.2 != 0 { result.append(bytes.2) }
            } else {
                asciiOnly = false
                if let value = Unicode.Scalar(scalar) {
                    for byte in String(Character(value)).lowercased().utf8 { result.append(byte) }
                }
            }
            index += Letters.scalarLength(byte)
        }
        return asciiOnly
    }
}

/// Where `Folding.fold` writes.
protocol FoldOutput {
    mutating func append(_ byte: UInt8)
}

extension Array: FoldOutput where Element == UInt8 {}
