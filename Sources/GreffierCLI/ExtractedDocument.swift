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

    init(_ input: Input, renderer: RecordRenderer, failOn: Severity?, limits: ExtractionLimits = .standard) {
        let record = ExtractCommand.read(input, limits: limits)
        rendered = renderer.render(record)
        bytes = record.source.bytes
        var counts: [Severity: Int] = [:]
        for finding in record.findings { counts[finding.severity, default: 0] += 1 }
        errors = counts[.error] ?? 0
        warnings = counts[.warning] ?? 0
        infos = counts[.info] ?? 0
        inputError = record.error.map { "\(record.source.path): \($0.message) [\($0.code.rawValue)]" }
        reachesThreshold = failOn.map { threshold in record.findings.contains { $0.severity >= threshold } } ?? false
    }
}
