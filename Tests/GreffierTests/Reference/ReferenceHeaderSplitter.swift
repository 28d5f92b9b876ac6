@testable import Greffier

/// `HeaderSplitter.holdsOnlyHeaderWords` and `isHeaderWordASCII` as they were before they read
/// words in place (first two bytes, folds into a buffer): each ASCII word compared with the
/// vocabulary by closures, each other word folded into a string.
enum ReferenceHeaderSplitter {
    static func holdsOnlyHeaderWords(_ bytes: [UInt8], _ range: TextRange) -> Bool {
        var any = false
        var index = range.start
        while index < range.end {
            if bytes[index] == 0x20 {
                index += 1
                continue
            }
            let start = index
            if bytes[start] < 0x80, !HeaderSplitter.startBytes[Int(ByteClass.lowercased(bytes[start]))] { return false }
            while index < range.end, bytes[index] != 0x20 {
                index += bytes[index] < 0x80 ? 1 : max(1, Letters.scalarLength(bytes[index]))
            }
            let end = min(index, range.end)
            if let header = isHeaderWordASCII(bytes, start, end) {
                guard header else { return false }
            } else {
                let latin = Homoglyphs.latinized(bytes, start, end) ?? Array(bytes[start..<end])
                guard HeaderSplitter.isHeaderWord(Folding.fold(latin, 0, latin.count)) else { return false }
            }
            any = true
        }
        return any
    }

    private static let asciiVocabulary: [[[UInt8]]] = {
        var table = Array(repeating: [[UInt8]](), count: 32)
        for word in HeaderSplitter.vocabulary where word.utf8.allSatisfy({ $0 < 0x80 }) && word.utf8.count < 32 {
            table[word.utf8.count].append(Array(word.utf8))
        }
        return table
    }()

    static func isHeaderWordASCII(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool? {
        let count = end - start
        guard count > 0 else { return nil }
        for index in start..<end where bytes[index] >= 0x80 || bytes[index] == 0x0A { return nil }
        let first = ByteClass.lowercased(bytes[start])
        if count >= 2 {
            let second = ByteClass.lowercased(bytes[start + 1])
            if (first == UInt8(ascii: "a") && second == UInt8(ascii: "e"))
                || (first == UInt8(ascii: "c") && second == UInt8(ascii: "p"))
            {
                return true
            }
        }
        if count == 4, (start..<end).allSatisfy({ ByteClass.isDigit(bytes[$0]) }) {
            let value = (start..<end).reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) }
            if ColumnHeader.years.contains(value) { return true }
        }
        guard count < 32 else { return false }
        return asciiVocabulary[count].contains { word in
            (0..<count).allSatisfy { ByteClass.lowercased(bytes[start + $0]) == word[$0] }
        }
    }
}
