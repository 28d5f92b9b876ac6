import Foundation
import Greffier

/// What a worker hands to the writer for one input: the record already rendered as bytes (so
/// that rendering runs in parallel too) and the few facts the summary and exit status need.
/// The record itself is dropped here, to keep what waits in the window small.
struct ExtractedDocument: Sendable {
    let rendered: [UInt8]
    let bytes: Int
    let errors: Int
    let warnings: Int
    let infos: Int
    /// `path: message [code]` when the input could not be read.
    let inputError: String?
    let reachesThreshold: Bool

    init(_ record: DocumentRecord, renderer: RecordRenderer, failOn: Severity?) {
        rendered = renderer.render(record)
        bytes = record.source.bytes
        // Three counters rather than a dictionary to allocate for each document.
        var errors = 0, warnings = 0, infos = 0
        for finding in record.findings {
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
        self.errors = errors
        self.warnings = warnings
        self.infos = infos
        inputError = record.error.map { "\(record.source.path): \($0.message) [\($0.code.rawValue)]" }
        reachesThreshold = failOn.map { threshold in record.findings.contains { $0.severity >= threshold } } ?? false
    }
}
