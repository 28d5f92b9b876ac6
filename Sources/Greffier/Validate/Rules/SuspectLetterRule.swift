/// `chorus.suspect-letter`: a centre de coûts or service exécutant kept as written although an
/// `O` in it touches a digit (`SOCBEXDO075`). These codes are free letters and digits, so the
/// `O` may be right; but `O` for `0` is the commonest OCR confusion in codes, and only a
/// département tail (`SGSIFABO75`) is repaired with confidence: the reader is told instead of
/// being handed a code that may be wrong without a word.
struct SuspectLetterRule: ValidationRule {
    func findings(for record: DocumentRecord) -> [Finding] {
        // The codes read in place, their kind and repair first: a map copied every code (its
        // strings retained and released), and each value's bytes were copied into an array.
        var result: [Finding] = []
        record.chorus.withUnsafeBufferPointer { codes in
            for index in codes.indices {
                // A repaired code has its `ocr.repaired` finding; only codes kept as written here.
                guard codes[index].kind == .centreDeCouts || codes[index].kind == .serviceExecutant,
                    codes[index].raw == nil, Self.hasLetterOBesideDigit(codes[index].value)
                else { continue }
                let code = codes[index]
                result.append(Finding(
                    .chorusSuspectLetter,
                    text: "le code \(code.kind.frenchLabel) \(code.value) a un « O » accolé à un chiffre, peut-être un zéro mal lu : code gardé tel qu'écrit",
                    span: code.span))
            }
        }
        return result
    }

    /// Whether an ASCII `O` stands right before or after an ASCII digit.
    static func hasLetterOBesideDigit(_ value: String) -> Bool {
        var copy = value
        return copy.withUTF8 { bytes in
            for index in bytes.indices where bytes[index] == UInt8(ascii: "O") {
                let before = index > 0 && ByteClass.isDigit(bytes[index - 1])
                let after = index + 1 < bytes.count && ByteClass.isDigit(bytes[index + 1])
                if before || after { return true }
            }
            return false
        }
    }
}
