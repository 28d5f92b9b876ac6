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
