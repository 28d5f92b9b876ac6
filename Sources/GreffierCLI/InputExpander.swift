import Foundation
import Greffier

/// One input to read: a file, standard input, or a path that failed before reading.
enum Input: Equatable {
    case file(String)
    case standardInput
    case failed(path: String, code: FindingCode, message: String)
}

/// Turns command-line paths into inputs: files as given, directories searched recursively for
/// `*.txt` (in path order, so output order is stable), `-` for standard input.
enum InputExpander {
    static func expand(_ paths: [String]) -> [Input] {
        var inputs: [Input] = []
        let files = FileManager.default
        for path in paths {
            if path == "-" {
                inputs.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isDirectory) else {
                inputs.append(.failed(path: path, code: .inputNotFound, message: "le fichier n'existe pas"))
                continue
            }
            if !isDirectory.boolValue {
                inputs.append(.file(path))
                continue
            }
            let texts = textFiles(under: path)
            if texts.isEmpty {
                inputs.append(.failed(path: path, code: .inputEmptyDirectory,
                                      message: "le dossier ne contient aucun fichier .txt"))
            }
            inputs += texts.map(Input.file)
        }
        return inputs
    }

    private static func textFiles(under directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.lowercased().hasSuffix(".txt") else { continue }
            let full = directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(full)
            }
        }
        return found.sorted()
    }
}
