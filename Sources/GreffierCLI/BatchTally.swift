/// The totals of a batch, for its summary line and exit status.
struct BatchTally: Sendable {
    var documents = 0
    var unreadable = 0
    var errors = 0
    var warnings = 0
    var infos = 0
    var bytes = 0
    var reachedThreshold = false

    mutating func add(_ document: ExtractedDocument) {
        documents += 1
        unreadable += document.inputError == nil ? 0 : 1
        errors += document.errors
        warnings += document.warnings
        infos += document.infos
        bytes += document.bytes
        reachedThreshold = reachedThreshold || document.reachesThreshold
    }

    /// Exit status: an unreadable input outranks a finding at the `--fail-on` threshold.
    var status: ExitStatus {
        if unreadable > 0 { return .unreadableInput }
        return reachedThreshold ? .findingsAtThreshold : .success
    }
}
