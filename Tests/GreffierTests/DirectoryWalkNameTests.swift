import Foundation
import Testing

@testable import GreffierCLI

/// The directory walk tells a text file by its name's last bytes when the name is ASCII: it
/// answers as `name.lowercased().hasSuffix(".txt")`, which it replaced.
@Suite struct DirectoryWalkNameTests {
    static let names = [
        "", "txt", ".txt", ".TXT", ".tXt", "a.txt", "A.TXT", "a.Txt", "a.tx", "a.txt.bak", "a.txtx", "a.text",
        "a.txt ", " .txt", "..txt", "a.tx t", "a-txt", "a.txt\r", "\r\n.txt", "é.txt", "É.TXT", "a.txt\u{301}",
        "a.t\u{301}xt", "\u{0600}.txt", "ǅ.TXT", "a.ＴＸＴ", "İ.txt", "a.\u{1E9E}XT", "K\u{212A}.txt", "a\u{0}.txt",
    ]

    @Test(arguments: names)
    func answersAsTheLowercasedString(name: String) {
        #expect(DirectoryWalk.isTextName(name) == name.lowercased().hasSuffix(".txt"))
    }

    /// Every name of one to four characters drawn from those the test tells apart.
    @Test func answersAsTheLowercasedStringOnShortNames() {
        let pieces = ["", ".", "t", "T", "x", "X", "a", "é", "\u{301}"]
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    for d in pieces {
                        let name = "n" + a + b + c + d
                        #expect(DirectoryWalk.isTextName(name) == name.lowercased().hasSuffix(".txt"), "\(name)")
                    }
                }
            }
        }
    }
}

/// The walk's order is the full paths' order as strings, whether its names are ASCII (sorted
/// on their bytes) or not (sorted as strings).
@Suite struct DirectoryWalkOrderTests {
    @Test(arguments: [false, true])
    func walksInThePathsOrder(withNonASCII: Bool) throws {
        let folder = try TemporaryFolder("greffier-walk-order")
        var names = ["a-b.txt", "a.txt", "A.txt", "b.TXT", "a0.txt", "a~.txt", "ab.txt", "a b.txt", "z.txt", "Z.txt", "_.txt"]
        if withNonASCII { names += ["é.txt", "e\u{301}.txt", "ö.txt", "Å.txt"] }
        for name in names { _ = try folder.file(name, Array("x\n".utf8)) }
        try FileManager.default.createDirectory(atPath: folder.url.appendingPathComponent("a").path, withIntermediateDirectories: false)
        _ = try folder.file("a/x.txt", Array("y\n".utf8))
        var walk = DirectoryWalk(root: folder.url.path)
        var found: [String] = []
        while let path = walk.next() { found.append(path) }
        #expect(found == found.sorted())
        #expect(found.count == names.count + 1)
    }
}
