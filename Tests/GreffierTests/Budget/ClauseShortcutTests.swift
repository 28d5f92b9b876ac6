import Foundation
import Testing

@testable import Greffier

/// The shortcuts of the clause, amount and marker readers must answer exactly as the plain
/// readings they replace: the clauses read from bytes and tokens as read through the document,
/// bullets told from bytes as by `String ==`, the digit skip as a byte-by-byte search, the
/// marker spellings as folded strings, and no ceiling in a clause without a number. Checked on
/// every clause, token and offset of the corpus and on texts made to sit at their edges.
@Suite struct ClauseShortcutTests {
    static let edgeText = """
        – 2017 : 296 210 € en AE et 48 105 € en CP ;
        — 2018 : 1,5 M€ ; • 2019 : 3 250 k€. ◦ 12 KEUR ▪ 4 MEUR · 7 Md€ \u{0387} 9 Mds €
        * 2020 : 2 millions d'euros, 3 MILLIARDS de euros, 4 milliers d'EUR, 5 Millier de Euros.
        - 2021 : 185000 E ; 42 ¬ ; 10 EUROS ; 11 euro- ; 12 eur' ; 13 Eurosé ; 14 E-mail 15 Euro
        2022 : AE = CP = 138 000 € dans la limite d'un plafond de 400 000 € ; à concurrence de 9 €.

        le montant total de la délégation s'élève à 400 000 €. programme 204 150 000 € n°12 5k€
        beta.gouv.fr 1.500.000 € 0204-11-08 14/04/2021 01 40 56 60 00 AE2025 ½ ٣ 9
        """

    static func documents() -> [Document] {
        Hostile.corpusDocuments() + [Document(bytes: Array(edgeText.utf8))]
    }

    @Test func clausesAreReadAsThroughTheDocument() {
        var count = 0
        for document in Self.documents() {
            let expected = ReferenceClauses.clauses(document)
            #expect(document.clauses.clauses.map { [$0.first, $0.end] } == expected.map { [$0.first, $0.end] })
            #expect(document.clauses.clauses.map(\.opensParagraph) == expected.map(\.opensParagraph))
            for clause in document.clauses.clauses {
                let numbers = (clause.first..<clause.end).contains { document.tokens[$0].kind == .number }
                #expect(Clauses.hasNumber(clause, document.tokens) == numbers)
            }
            count += expected.count
        }
        #expect(count > 500)
    }

    /// Every scalar that is not ASCII, as a symbol token: a bullet by its bytes exactly when
    /// its text equals one of the bullets as a `String`.
    @Test func bulletsAreToldFromBytesAsByStrings() {
        let bullets = ["–", "—", "•", "◦", "▪", "·"]
        var found = 0
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let bytes = Array(String(Character(scalar)).utf8)
            let token = Token(.symbol, 0, bytes.count)
            let expected = bullets.contains(String(decoding: bytes, as: UTF8.self))
            if expected { found += 1 }
            if Clauses.isBullet(bytes, token) != expected { Issue.record("U+\(String(value, radix: 16))") }
        }
        #expect(found == 7)
        let dash = Array("-*".utf8)
        #expect(Clauses.isBullet(dash, Token(.punctuation, 0, 1)))
        #expect(Clauses.isBullet(dash, Token(.punctuation, 1, 2)))
        #expect(!Clauses.isBullet(dash, Token(.symbol, 0, 1)))
    }

    /// `CeilingRecognizer` skips clauses without a number token: none of them states a ceiling.
    @Test func clausesWithoutNumbersStateNoCeiling() {
        var skipped = 0
        var ceilings = 0
        for document in Self.documents() {
            for clause in document.clauses.clauses {
                let mentions = CeilingRecognizer.mentions(document, clause)
                ceilings += mentions.count
                if !Clauses.hasNumber(clause, document.tokens) {
                    skipped += 1
                    #expect(mentions.isEmpty, "\(document.text(TextRange(document.tokens[clause.first].start, document.tokens[clause.end - 1].end)))")
                }
            }
        }
        #expect(skipped > 100)
        #expect(ceilings > 0)
    }

    @Test func digitSkipFindsTheFirstDigit() {
        var texts = Self.documents().map(\.bytes)
        // A digit, or the bytes next to the digits (`/`, `:`, `°`, `¹`...), at every offset.
        for length in 0...40 {
            for offset in 0..<max(length, 1) {
                for byte: UInt8 in [0x2F, 0x30, 0x35, 0x39, 0x3A, 0xB0, 0xB9, 0xF0, 0x00] {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    if offset < length { bytes[offset] = byte }
                    texts.append(bytes)
                }
            }
        }
        for bytes in texts {
            let stride = bytes.count > 5000 ? 7 : 1
            for start in Swift.stride(from: 0, through: bytes.count, by: stride) {
                for end in [start, min(start + 3, bytes.count), min(start + 9, bytes.count), min(start + 40, bytes.count), bytes.count] {
                    let expected = (start..<end).first { ByteClass.isDigit(bytes[$0]) } ?? end
                    #expect(MoneyScanner.firstDigit(bytes, from: start, to: end) == expected)
                }
            }
        }
    }

    /// Every byte value at every place of a vector and the bytes after it, alone among
    /// letters: only the ten digits stop the skip (its SSE2 test is a minimum and a compare).
    @Test(arguments: 0...255) func digitSkipTellsEveryByte(value: Int) {
        for offset in 0..<40 {
            var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: 40)
            bytes[offset] = UInt8(value)
            for start in [0, 1, 15, 16, 17] where start <= 40 {
                let expected = (start..<40).first { ByteClass.isDigit(bytes[$0]) } ?? 40
                #expect(MoneyScanner.firstDigit(bytes, from: start, to: 40) == expected, "\(value) \(offset) \(start)")
                #expect(MoneyScanner.firstDigit(bytes, from: start, to: 20) == min(expected, 20), "\(value) \(offset) \(start)")
            }
        }
    }

    @Test func markersAreReadAsFoldedStrings() {
        var matched = 0
        for bytes in Self.documents().map(\.bytes) {
            for offset in 0...bytes.count {
                for limit in [bytes.count, min(offset + 4, bytes.count)] where limit >= offset {
                    let expected = ReferenceMarker.match(bytes, at: offset, limit: limit)
                    let found = CurrencyMarker.match(bytes, at: offset, limit: limit)
                    if expected != nil { matched += 1 }
                    #expect(found == expected, "\(offset)")
                }
            }
        }
        #expect(matched > 100)
    }

    /// The signature and NOR recognizers skip tokens whose first folded byte is not the word's,
    /// tokens shorter than `date`, and a `Fait` whose first byte is not `F`.
    @Test func wordsPassTheRecognizersGates() {
        var documents = Self.documents()
        documents.append(Document(bytes: Array("FAIT Fait fait Faît FAÎT Daté DATE dat-\n  e Date ĎATE ĐATE NOR Nor ñor".utf8)))
        var found = 0
        for document in documents {
            for index in document.tokens.indices {
                let token = document.tokens[index]
                for word in ["fait", "date", "nor"] where document.isWord(index, word) {
                    found += 1
                    #expect(document.foldedFirstByte(index) == word.utf8.first)
                    #expect(token.end - token.start >= word.utf8.count)
                }
                let head = document.bytes[token.start]
                if document.isWord(index, "fait"), ByteClass.isUpper(head) {
                    #expect(head == UInt8(ascii: "F"))
                }
                if document.isWord(index, "date") {
                    #expect(head | 0x20 == UInt8(ascii: "d") || head >= 0x80)
                }
            }
        }
        #expect(found > 20)
    }
}

/// The clauses as they were read through `Document` before being built once from its bytes.
enum ReferenceClauses {
    static func clauses(_ document: Document) -> [(first: Int, end: Int, opensParagraph: Bool)] {
        let tokens = document.tokens
        var clauses: [(first: Int, end: Int, opensParagraph: Bool)] = []
        var first = 0
        var paragraph = true
        var index = 0
        func close(_ end: Int) {
            if end > first { clauses.append((first, end, paragraph)) }
        }
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .blankLine {
                close(index)
                first = index + 1
                paragraph = true
            } else if token.kind == .lineBreak, opensItem(document, index + 1) {
                close(index)
                first = index + 1
                paragraph = false
            } else if document.isPunctuation(index, UInt8(ascii: ";")) || isFullStop(document, index) {
                close(index + 1)
                first = index + 1
                paragraph = false
            }
            index += 1
        }
        close(tokens.count)
        return clauses
    }

    static func opensItem(_ document: Document, _ index: Int) -> Bool {
        guard index < document.tokens.count else { return false }
        if document.isPunctuation(index, UInt8(ascii: "-")) || document.isPunctuation(index, UInt8(ascii: "*"))
            || ["–", "—", "•", "◦", "▪", "·"].contains(where: { document.isSymbol(index, $0) })
        {
            return true
        }
        guard document.tokens[index].kind == .number, ColumnHeader.year(document.text(of: index)) != nil else {
            return false
        }
        return document.isPunctuation(index + 1, UInt8(ascii: ":"))
    }

    static func isFullStop(_ document: Document, _ index: Int) -> Bool {
        guard document.isPunctuation(index, UInt8(ascii: ".")) else { return false }
        let after = document.tokens[index].end
        guard after < document.bytes.count else { return true }
        let next = document.bytes[after]
        return next == 0x20 || next == 0x0A || next == 0x09
    }
}

/// `CurrencyMarker.match` as it was, folding each word into a string.
private enum ReferenceMarker {
    static func match(_ bytes: [UInt8], at offset: Int, limit: Int) -> CurrencyMarker.Match? {
        var position = offset
        while position < limit, position - offset < 2, bytes[position] == 0x20 { position += 1 }
        guard position < limit else { return nil }
        if let unit = unit(bytes, at: position, limit: limit, allowOCR: true) {
            return .init(multiplier: 1, end: unit.end, ocr: unit.ocr)
        }
        guard let (multiplier, afterMultiplier) = multiplier(bytes, at: position, limit: limit) else { return nil }
        var unitStart = afterMultiplier
        if unitStart < limit, bytes[unitStart] == 0x20 { unitStart += 1 }
        guard let unit = unit(bytes, at: unitStart, limit: limit, allowOCR: false) else { return nil }
        return .init(multiplier: multiplier, end: unit.end, ocr: false)
    }

    static func unit(_ bytes: [UInt8], at position: Int, limit: Int, allowOCR: Bool) -> (end: Int, ocr: Bool)? {
        if position + 2 < limit, bytes[position] == 0xE2, bytes[position + 1] == 0x82, bytes[position + 2] == 0xAC {
            return (position + 3, false)
        }
        if allowOCR, position + 1 < limit, bytes[position] == 0xC2, bytes[position + 1] == 0xAC {
            return (position + 2, true)
        }
        let wordEnd = endOfLetters(bytes, from: position, limit: limit)
        guard wordEnd > position, endsWord(bytes, at: wordEnd, limit: limit) else { return nil }
        let word = Folding.fold(bytes, position, wordEnd)
        if word == "eur" || word == "euro" || word == "euros" { return (wordEnd, false) }
        if allowOCR, wordEnd - position == 1, bytes[position] == UInt8(ascii: "E") { return (wordEnd, true) }
        return nil
    }

    static func multiplier(_ bytes: [UInt8], at position: Int, limit: Int) -> (Int64, Int)? {
        let wordEnd = endOfLetters(bytes, from: position, limit: limit)
        guard wordEnd > position else { return nil }
        let word = Folding.fold(bytes, position, wordEnd)
        switch word {
        case "k": return (1_000, wordEnd)
        case "m": return (1_000_000, wordEnd)
        case "md", "mds": return (1_000_000_000, wordEnd)
        case "keur": return (1_000, position + 1)
        case "meur": return (1_000_000, position + 1)
        default: break
        }
        let words: [(String, Int64)] = [
            ("millier", 1_000), ("milliers", 1_000), ("million", 1_000_000), ("millions", 1_000_000),
            ("milliard", 1_000_000_000), ("milliards", 1_000_000_000),
        ]
        guard let value = words.first(where: { $0.0 == word })?.1 else { return nil }
        var next = wordEnd
        if next < limit, bytes[next] == 0x20 { next += 1 }
        if next + 1 < limit, bytes[next] == UInt8(ascii: "d"), bytes[next + 1] == UInt8(ascii: "'") {
            return (value, next + 2)
        }
        if next + 2 < limit, bytes[next] == UInt8(ascii: "d"), bytes[next + 1] == UInt8(ascii: "e"),
            bytes[next + 2] == 0x20
        {
            return (value, next + 3)
        }
        return nil
    }

    static func endOfLetters(_ bytes: [UInt8], from start: Int, limit: Int) -> Int {
        var end = start
        while end < limit, ByteClass.isASCIILetter(bytes[end]) { end += 1 }
        return end
    }

    static func endsWord(_ bytes: [UInt8], at offset: Int, limit: Int) -> Bool {
        guard offset < limit else { return true }
        let next = bytes[offset]
        if ByteClass.isASCIIAlphanumeric(next) || next == UInt8(ascii: "-") || next == UInt8(ascii: "'") {
            return false
        }
        return next < 0x80 || !Letters.isLetter(bytes, at: offset)
    }
}
