import Foundation
import Greffier

/// Small helpers for the batch tests: folders of inputs and reading records back.
enum BatchFixtures {
    /// The bundled texts, sorted by name.
    static func corpusTexts() throws -> [URL] {
        let folder = CLIRunner.root.appendingPathComponent("corpus/texts")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// `count` copies of the corpus texts in a fresh folder, named so that path order mixes
    /// long and short texts (a long one takes longer, so parallel jobs finish out of order).
    static func folderOfCopies(_ count: Int) throws -> (folder: URL, paths: [String]) {
        let folder = try CLIRunner.temporaryDirectory()
        let texts = try corpusTexts()
        var paths: [String] = []
        for index in 0..<count {
            let source = texts[(index * 7) % texts.count]
            let target = folder.appendingPathComponent(String(format: "doc-%03d.txt", index))
            try FileManager.default.copyItem(at: source, to: target)
            paths.append(target.path)
        }
        return (folder, paths)
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// The `source.path` of each JSON Lines record.
    static func paths(ofLines lines: [String]) throws -> [String] {
        try lines.map { line in
            guard case .string(let path)? = member(try JSONParser.parse(line), "source", "path") else { return "" }
            return path
        }
    }

    static func member(_ value: JSONValue, _ path: String...) -> JSONValue? {
        var current = value
        for key in path {
            guard case .object(let members) = current, let next = members.first(where: { $0.0 == key })?.1 else {
                return nil
            }
            current = next
        }
        return current
    }

    /// The names in a folder, hidden ones included (a temporary file left behind shows here).
    static func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }
}
