import Foundation

/// Counts the inputs of a batch and their bytes without reading them, for the progress line's
/// total and time left. It runs beside the batch, which starts at once and shows a total as
/// soon as the count is done. A `--files-from -` list can be read only once: no total then.
enum InputCensus {
    static func start(paths: [String], filesFrom: String?, into reporter: ProgressReporter) {
        if filesFrom == "-" { return }
        let thread = Thread {
            var list: PathList?
            if let filesFrom {
                guard let opened = PathList(path: filesFrom) else { return }
                list = opened
            }
            var walk = InputWalk(paths: paths, list: list)
            var documents = 0
            var bytes: Int? = 0
            while let input = walk.next() {
                documents += 1
                switch input {
                case .file(let path): bytes = bytes.flatMap { total in FileKind.size(of: path).map { total + $0 } }
                case .opened(let file): bytes = bytes.map { $0 + file.size }
                case .standardInput: bytes = nil
                case .failed: break
                }
            }
            reporter.setCensus(.init(documents: documents, bytes: bytes))
        }
        thread.start()
    }
}
