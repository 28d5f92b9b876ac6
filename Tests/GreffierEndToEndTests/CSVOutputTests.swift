import Foundation
import Testing

/// `--format csv` and `csv-budget`: RFC 4180 as a spreadsheet with French settings reads it.
struct CSVOutputTests {
    /// Splits RFC 4180 text into rows of fields (quoted fields may hold anything).
    static func parse(_ text: String, separator: Character = ";") -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == separator {
                row.append(field)
                field = ""
            } else if character == "\r\n" || character == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
        return rows
    }

    /// The output without its byte order mark, which it must start with.
    func body(_ result: CLIRunner.Result) -> String {
        #expect(result.stdout.hasPrefix("\u{FEFF}"), "no byte order mark")
        return String(result.stdout.drop { $0 == "\u{FEFF}" })
    }

    @Test func quotesSemicolonsAndLineBreaksAreEscaped() throws {
        let folder = try CLIRunner.temporaryDirectory()
        // The path is the first field: file names may hold every character CSV must escape.
        let names = ["plain.txt", "semi;colon.txt", "a \"quoted\" name.txt", "line\nbreak.txt", "comma, too.txt"]
        for name in names {
            try BatchFixtures.write("NOR : SFHZ2630140X\n", to: folder.appendingPathComponent(name))
        }
        let result = try CLIRunner.run(["extract", "--format", "csv", folder.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let text = body(result)
        #expect(text.contains("\"\(folder.path)/semi;colon.txt\";"))
        #expect(text.contains("\"\(folder.path)/a \"\"quoted\"\" name.txt\";"))
        #expect(text.contains("\"\(folder.path)/line\nbreak.txt\";"))
        #expect(text.contains("\n\(folder.path)/comma, too.txt;"), "a comma needs no quotes with ;")
        let rows = Self.parse(text)
        #expect(rows.count == names.count + 1)
        #expect(rows.allSatisfy { $0.count == 12 })
        #expect(Set(rows.dropFirst().map(\.[0])) == Set(names.map { folder.path + "/" + $0 }))
        #expect(rows.dropFirst().allSatisfy { $0[3] == "SFHZ2630140X" })
    }

    @Test func rowsEndWithCRLFAndTheHeaderNamesTheColumns() throws {
        let result = try CLIRunner.run(["extract", "--format", "csv", "corpus/texts"])
        let text = body(result)
        #expect(text.hasPrefix("path;kind;date;nor;delegant;delegataire;programme;totalAE;totalCP;errors;warnings;inputError\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(Self.parse(text).count == 14)
    }

    @Test func amountsTakeADecimalCommaWithSemicolonsAndAPointWithCommas() throws {
        let path = "corpus/texts/000_66948a5937086540.txt"
        let french = Self.parse(body(try CLIRunner.run(["extract", "--format", "csv", path])))
        #expect(french[1][7] == "510250")
        #expect(french[1][8] == "1068044,02")
        let english = Self.parse(body(try CLIRunner.run(["extract", "--format", "csv", "--csv-separator", ",", path])), separator: ",")
        #expect(english[1][8] == "1068044.02")
        let chosen = Self.parse(body(try CLIRunner.run(["extract", "--format", "csv", "--csv-separator", "tab",
                                                        "--csv-decimal", "comma", path])), separator: "\t")
        #expect(chosen[1][8] == "1068044,02")
    }

    @Test func unreadableInputsGetARowWithTheirErrorCode() throws {
        let result = try CLIRunner.run(["extract", "--format", "csv", "no/such.txt"])
        #expect(result.status == 3)
        let rows = Self.parse(body(result))
        #expect(rows[1][0] == "no/such.txt")
        #expect(rows[1][9] == "1")
        #expect(rows[1][11] == "input.not-found")
    }

    @Test func budgetFormatHasOneRowPerCell() throws {
        let path = "corpus/texts/002_e3f094db52d29598.txt"
        let result = try CLIRunner.run(["extract", "--format", "csv-budget", path])
        #expect(result.status == 0)
        let rows = Self.parse(body(result))
        #expect(rows[0] == ["path", "table", "title", "row", "group", "totalRow", "column", "measure", "year", "amount"])
        // Seed 002's schedule: AE and CP for 2017 and 2018.
        let cells = rows.dropFirst().map { [$0[3], $0[7], $0[9]] }
        #expect(cells == [["2017", "ae", "296210"], ["2017", "cp", "48105"], ["2018", "ae", "103790"], ["2018", "cp", "351895"]])
    }
}
