import Testing

@testable import Greffier

/// A table title's year, its words cut on bytes when its fold is ASCII, is the year of its
/// words cut on characters.
@Suite struct TitleYearTests {
    static func reference(_ title: String) -> Int? {
        let bytes = Array(title.utf8)
        let words = Folding.fold(bytes, 0, bytes.count).split { !$0.isLetter && !$0.isNumber }.map(String.init)
        for (index, word) in words.enumerated() where ["exercice", "annee", "gestion"].contains(word) {
            if index + 1 < words.count, let value = ColumnHeader.year(words[index + 1]) { return value }
        }
        let all = Set(words.compactMap(ColumnHeader.year))
        return all.count == 1 ? all.first : nil
    }

    static let titles: [String] = [
        "EXERCICE 2026 - Projets SI DGS - Programme 204", "Exercice\t2025", "Année 2024 et 2025", "gestion 1999",
        "2025", "2025 2025", "2025 2026", "x2025", "2025x", "exercice 1949 2030", "Exercice 2026\r\n2027", "année: 2021",
        "exercice – 2022", "Exercice 2023 « x »", "ÉXERCICE 2024", "Gestion 2100", "gestion ２０２５", "",
        "exercice\u{301} 2020", "2020\u{301}", "année 2018 – 2019", "₂₀₂₀ 2021", "Ⅻ 2022",
    ]

    /// `asciiWords` against the split of the UTF-8 view it replaces, on the titles and on
    /// every short stretch of the awkward inputs (nil exactly when a byte is not ASCII).
    @Test func asciiWordsAreTheByteSplit() {
        var texts = Self.titles + ["", " ", "a", "a b", " a ", "ab12-cd", "--", "x\u{7F}y", "é", "a é"]
        _ = AwkwardInputs.forEachStretch(lengths: [0, 1, 2, 5, 13, 40], longStep: 11) { input, start, end in
            texts.append(String(decoding: input[start..<end], as: UTF8.self))
        }
        for text in texts {
            let expected = text.utf8.allSatisfy { $0 < 0x80 }
                ? text.utf8.split { !ByteClass.isASCIIAlphanumeric($0) }.map { String(decoding: $0, as: UTF8.self) } : nil
            #expect(ColumnHeader.asciiWords(text) == expected, "\(text)")
        }
    }

    @Test func yearsAreThoseOfTheCharacterSplit() {
        var titles = Self.titles
        for document in Hostile.corpusDocuments() {
            titles += LineCells.lines(document).map { document.text($0) }
        }
        titles += AwkwardInputs.all.map { String(decoding: $0, as: UTF8.self) }
        var years = 0
        for title in titles {
            let year = ColumnHeader.titleYear(title)
            #expect(year == Self.reference(title), "\(title)")
            if year != nil { years += 1 }
        }
        #expect(years > 20)
    }
}
