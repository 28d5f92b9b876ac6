import Foundation
import Greffier

/// `greffier tokens FILE`: the tokenizer's view of a file, one token per line, with each
/// token's span in the original file's bytes.
enum TokensCommand {
    static func run(_ arguments: [String], output: OutputSink) -> ExitStatus {
        if let status = Help.handle(arguments, text: Help.tokens, output: output) { return status }
        guard arguments.count == 1, let path = arguments.first else {
            Diagnostics.printError("greffier: tokens takes exactly one FILE (or - for standard input)")
            return .usage
        }
        let data: Data?
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            data = FileManager.default.contents(atPath: path)
        }
        guard let data else {
            Diagnostics.printError("greffier: \(path): le fichier n'a pas pu être lu")
            return .unreadableInput
        }
        do {
            let (decoded, document) = try Greffier.tokens(bytes: [UInt8](data))
            for token in document.tokens {
                let start = decoded.map.originalOffset(token.start)
                let end = decoded.map.originalOffset(token.end)
                let text = document.text(token.range)
                var shown = ""
                JSONValue.writeString(text, to: &shown)
                output.write("\(start)\t\(end)\t\(token.kind.name)\t\(shown)\n")
            }
            return .success
        } catch {
            Diagnostics.printError("greffier: \(path): l'entrée n'est pas du texte")
            return .unreadableInput
        }
    }
}
