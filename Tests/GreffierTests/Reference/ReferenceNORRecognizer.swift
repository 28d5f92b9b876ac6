@testable import Greffier

/// The NOR recognizer's former token walk: every token read in turn, a label by its word, a
/// NOR alone on its line by the token and its neighbours. `NORRecognizer` now finds the labels
/// along a lane and the lone NORs by their lines' bytes; both must find the same.
enum ReferenceNORRecognizer {
    static func recognize(_ document: Document, into results: inout Recognitions) {
        let tokens = document.tokens
        let bytes = document.bytes
        let norLead = UInt16(UInt8(ascii: "n")) | UInt16(UInt8(ascii: "o")) << 8
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            let token = tokens[index]
            guard token.end - token.start == 12 || document.folds.lead(index) == norLead,
                token.kind == .word
            else { continue }
            if document.isWord(index, "nor") {
                if LegalReferenceRecognizer.isCitationLabel(document, norAt: index) { continue }
                var next = index + 1
                if document.isPunctuation(next, UInt8(ascii: ":")) { next += 1 }
                guard next < tokens.count, !document.isLineEnd(next) else { continue }
                NORRecognizer().labelledCandidate(document, at: next, into: &results)
            } else if token.end - token.start == 12, ByteClass.isUpper(bytes[token.start]),
                document.isLineEnd(index + 1), document.startsLine(index)
            {
                let text = document.text(of: index)
                if NOR.isValid(text) {
                    results.norCandidates.append(
                        .init(value: text, range: tokens[index].range, repair: nil, labelled: false))
                }
            }
        }
    }
}
