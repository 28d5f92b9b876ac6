/// Tells what the act is from its heading line (see `HeadingLine`); `other` when no line of
/// the head names a kind of act.
struct KindRecognizer: Recognizer {
    func recognize(_ document: Document, into results: inout Recognitions) {
        if let (kind, first) = HeadingLine.find(document) {
            results.kind = kind
            results.heading.lineFirst = first
        }
    }
}
