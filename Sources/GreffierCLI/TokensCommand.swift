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
        // Read as `extract` reads, with its default size limit: /dev/zero must not hang it.
        let limit = ExtractionLimits.standard.effectiveMaxBytes
        let bytes: [UInt8]
        switch path == "-" ? InputReader.read(descriptor: STDIN_FILENO, maxBytes: limit)
            : InputReader.read(path: path, maxBytes: limit)
        {
        case .bytes(let read):
            bytes = read
        case .tooLarge:
            Diagnostics.printError("greffier: \(path): l'entrée dépasse \(limit) octets")
            return .unreadableInput
        case .unreadable(let reason):
            Diagnostics.printError("greffier: \(path): \(reason)")
            return .unreadableInput
        }
        do {
            let (decoded, document) = try Greffier.tokens(bytes: bytes)
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
