// libFuzzer entry point for the whole pipeline: decode → tokenize → recognize → assemble →
// validate → JSON. Not part of any SwiftPM target: `Tests/Fuzz/fuzz.sh` compiles it together
// with the sources of `Sources/Greffier` as one module, with `-sanitize=fuzzer,address`.
//
// A crash, a sanitizer report, a hang (libFuzzer's -timeout) or a broken record invariant
// (`RecordInvariants`, which aborts here) is a finding; save the input under
// Tests/Fuzz/Regressions/ so that `HostileRegressionTests` replays it.

#if canImport(Glibc)
import Glibc
#endif

@_cdecl("LLVMFuzzerTestOneInput")
public func greffierFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let record = Greffier.extract(bytes: bytes, path: "fuzz.txt")
    let problems = RecordInvariants.violations(of: record, input: bytes)
    if !problems.isEmpty {
        // Not a Swift trap: libFuzzer reports an abort as a crash and saves the input.
        for problem in problems { print("greffier invariant broken: \(problem)") }
        abort()
    }
    // The tokens view (`greffier tokens`) maps every token back to the original bytes.
    if let (decoded, document) = try? Greffier.tokens(bytes: bytes) {
        for token in document.tokens {
            let start = decoded.map.originalOffset(token.start)
            let end = decoded.map.originalOffset(token.end)
            if !(0 <= start && start <= end && end <= bytes.count) {
                print("greffier invariant broken: token [\(start), \(end)] outside \(bytes.count) bytes")
                abort()
            }
            // A token the tokenizer marked plain folds to its bytes lowercased: all ASCII, and
            // no line feed unless it is a line break.
            let lineBreak = token.kind == .lineBreak || token.kind == .blankLine
            if token.knownPlain, document.bytes[token.start..<token.end].contains(where: { $0 >= 0x80 || ($0 == 0x0A && !lineBreak) }) {
                print("greffier invariant broken: token [\(token.start), \(token.end)] marked plain")
                abort()
            }
        }
        // Each lane walk stops exactly at the tokens with the lead and length of one of its words.
        for initials in LeadLanes.recognizerInitials {
            let expected = document.tokens.indices.filter {
                initials.holds(lead: document.folds.lead($0), length: document.folds.length($0))
            }
            if Array(document.tokens(startingWithOneOf: initials)) != expected {
                print("greffier invariant broken: a lane walk missed or added a token")
                abort()
            }
        }
        // The table search's gate, judged for all lines at once, answers as its two tests
        // read separately on each line.
        let lines = LineCells.lines(document)
        let gate = HeaderLineGate.cannotHead(document.bytes, lines: lines)
        for (line, closed) in zip(lines, gate)
        where closed != (HeaderRow.hasLongStretch(document.bytes, line)
            || !ColumnHeader.mayNameAmounts(document.bytes, [line], anyYear: true))
        {
            print("greffier invariant broken: header gate on line [\(line.start), \(line.end)]")
            abort()
        }
    }
    return 0
}
