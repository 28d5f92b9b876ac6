/// The library's entry points: one input's bytes in, one checked record out.
public enum Greffier {
    /// The recognizers, each independent of the others, in the order they run.
    static let recognizers: [any Recognizer] = [
        KindRecognizer(),
        HeadingRecognizer(),
        SignatureRecognizer(),
        PeriodRecognizer(),
        NORRecognizer(),
        ChorusRecognizer(),
        LegalReferenceRecognizer(),
        ProgrammeRecognizer(),
        BudgetTableRecognizer(),
        ScheduleRecognizer(),
        CeilingRecognizer(),
        PartyRecognizer(),
        SignatoryRecognizer(),
    ]

    /// Reads one input: decode → tokenize → recognize → assemble → validate.
    /// Never throws: an input that cannot be read gets a record with `error`. Without `limits`
    /// nothing but `ExtractionLimits.hardMaxBytes` bounds the work, so that a record depends on
    /// the input only; the command line passes `ExtractionLimits.standard` or its options.
    public static func extract(bytes: [UInt8], path: String, limits: ExtractionLimits = .unlimited) -> DocumentRecord {
        extract(bytes: bytes, path: path, limits: limits, sha256: nil)
    }

    /// Reads several inputs: the records `extract(bytes:path:limits:)` gives each, in order.
    /// Faster for a batch of documents: their SHA-256 digests are computed four at a time.
    public static func extract(_ inputs: [(bytes: [UInt8], path: String)],
                               limits: ExtractionLimits = .unlimited) -> [DocumentRecord] {
        // An input over the limit is not hashed (its record has the digest of nothing).
        let digests = SHA256Lanes.hexes(inputs.map { $0.bytes.count > limits.effectiveMaxBytes ? [] : $0.bytes })
        return zip(inputs, digests).map { input, digest in
            extract(bytes: input.bytes, path: input.path, limits: limits, sha256: digest)
        }
    }

    /// `sha256`: the digest of `bytes` when already known, else nil.
    private static func extract(bytes: [UInt8], path: String, limits: ExtractionLimits, sha256: String?) -> DocumentRecord {
        // The limit is checked before any work, hashing included.
        if bytes.count > limits.effectiveMaxBytes {
            return tooLarge(path: path, bytes: bytes.count, limit: limits.effectiveMaxBytes)
        }
        // The budget starts once the input is hashed, whether alone here or in a batch before:
        // a record must not depend on whether its input came in a batch. It covers the rest,
        // decoding and tokenizing included.
        let digest = sha256 ?? SHA256.hex(bytes)
        let deadline = Deadline(after: limits.maxDuration)
        var record = DocumentRecord(source: .init(path: path, sha256: digest, bytes: bytes.count, encoding: nil))
        let decoded: DecodedText
        do {
            decoded = try InputDecoder.decode(bytes)
        } catch {
            switch error {
            case .binary(let reason):
                record.error = .init(code: .inputBinary, message: "l'entrée n'est pas du texte (\(reason))")
            }
            return record
        }
        record.source = .init(path: path, sha256: record.source.sha256, bytes: bytes.count,
                              encoding: decoded.encoding)
        var document = Document(bytes: decoded.bytes)
        document.deadline = deadline
        var found = Recognitions()
        for recognizer in recognizers where !document.deadline.hasPassed {
            recognizer.recognize(document, into: &found)
        }
        // Past the deadline some recognizer may have stopped short: the record is partial.
        let complete = !document.deadline.hasPassed
        let utf8 = decoded.encoding == .utf8 || decoded.encoding == .utf8BOM
        Assembler(document: document, map: decoded.map, originalUTF8: utf8 ? bytes : nil)
            .assemble(found, into: &record)
        // The input's findings first; most inputs have none, and the record's list is then
        // kept as it is rather than copied into a new one.
        let inputFindings = InputFindings.findings(decoded, document)
        if !inputFindings.isEmpty { record.findings = inputFindings + record.findings }
        if let duration = limits.maxDuration, !complete {
            record.findings.insert(InputFindings.timeBudget(duration), at: 0)
        }
        Validator.validate(&record, document: document, map: decoded.map, complete: complete)
        return record
    }

    /// The record of an input larger than the limit: an error, the input left unread.
    public static func tooLarge(path: String, bytes: Int, limit: Int) -> DocumentRecord {
        var record = DocumentRecord(source: .init(path: path, sha256: SHA256.hex([]), bytes: bytes, encoding: nil))
        record.error = .init(
            code: .inputTooLarge,
            message: "l'entrée dépasse la limite de \(limit) octets : elle n'a pas été lue")
        return record
    }

    /// A record for an input that could not be read at all (missing, unreadable, ...).
    public static func unreadable(path: String, code: FindingCode, message: String) -> DocumentRecord {
        var record = DocumentRecord(source: .init(path: path, sha256: SHA256.hex([]), bytes: 0, encoding: nil))
        record.error = .init(code: code, message: message)
        return record
    }

    /// The tokens of an input, for `greffier tokens`.
    public static func tokens(bytes: [UInt8]) throws(DecodingFailure) -> (DecodedText, Document) {
        let decoded = try InputDecoder.decode(bytes)
        return (decoded, Document(bytes: decoded.bytes))
    }
}
