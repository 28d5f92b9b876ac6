import Foundation
import Testing
@testable import Greffier

/// `FirstNames.candidates` searches the text's bytes for the names' heads when the names allow
/// it: the words `firstName` accepts among them are exactly those it accepts among the tokens
/// the walk over every token gives (`walkedCandidates`), and the search gives no token the
/// walk does not.
@Suite struct FirstNamesSearchTests {
    /// Spellings of the names below that are equal as strings but not as bytes, and near misses.
    static let odd = """
        Stéphanie Ste\u{301}phanie STÉPHANIE Stéphanie, Stéphaniex Gérard Ge\u{301}rard Gerard Gérards \
        Hélène He\u{301}le\u{300}ne Hélène\u{301} MarK Mar\u{212A} Mar Jo; Jo\u{37E} Jean-Pierre Jean Jeanne \
        Jean\u{301} Pierre-\nPierre Pierre\r\nPierre PIERRE Émilie E\u{301}milie \u{212A}arl Karl Zoé Zoe\u{301} S St
        """

    /// Name sets the search takes (checked), with names of the byte lengths of other
    /// spellings (`Stéphaniex` for `Ste\u{301}phanie`), so that the walk lets those through.
    static let nameSets: [[String]] = [
        ["Stéphanie", "Gérard", "Hélène"],
        ["Stéphanie", "Stéphaniex", "Gérard", "Gérardx", "Hélène", "Hélènexxx"],
        ["Pierre", "Jean"], ["Jean", "Jean-Pierre", "Jeanx"], ["MarK", "Jo;", "Mar"], ["S", "St"],
        ["Zoé", "Zoéx"], ["pierre", "Pierre"],
    ]

    static func check(_ document: Document, _ names: [String], _ label: String) {
        let lookup = FirstNames(names)
        guard let search = lookup.search else { return }
        let walked = lookup.walkedCandidates(document)
        let searched = lookup.searchedCandidates(document, search)
        let accepted = { (indices: [Int]) in indices.filter { lookup.firstName(document, $0) != nil } }
        #expect(accepted(searched) == accepted(walked), "\(label): \(names)")
        #expect(Set(searched).isSubset(of: walked), "\(label): \(names)")
        #expect(searched == searched.sorted() && Set(searched).count == searched.count, "\(label): \(names)")
        #expect(lookup.candidates(document) == searched)
    }

    @Test func theSearchTakesTheseNames() {
        for names in Self.nameSets { #expect(FirstNames(names).search != nil, "\(names)") }
        // A name the heads' reasoning does not cover, or too many first bytes: every token is read.
        for names in [["Karl"], ["Émilie"], ["\u{212A}arl"], ["Ste\u{301}phanie"], ["Zoë\u{301}"], ["A", "B", "C", "D", "E"], ["Łukasz"]] {
            #expect(FirstNames(names).search == nil, "\(names)")
        }
    }

    @Test func oddSpellingsFoundAsByTheWalk() {
        let document = Document(bytes: Array(Self.odd.utf8))
        for names in Self.nameSets { Self.check(document, names, "odd") }
        // Names that are not ASCII are found by the search too, among their near spellings.
        let lookup = FirstNames(["Stéphanie", "Stéphaniex", "Hélène", "Hélènexxx", "MarK", "Jo;"])
        #expect(lookup.search != nil)
        let found = lookup.candidates(document).compactMap { lookup.firstName(document, $0) }
        for name in ["Stéphanie", "Hélène", "MarK"] {
            #expect(found.contains { Array($0.utf8) == Array(name.utf8) }, "\(name)")
        }
    }

    @Test(arguments: ["corpus", "awkward"])
    func searchFindsWhatTheWalkFinds(source: String) {
        let inputs = source == "corpus" ? Hostile.corpusNames.map { Hostile.corpusText($0) } : AwkwardInputs.all
        var searched = 0
        for bytes in inputs {
            let document = Document(bytes: bytes)
            for names in Self.nameSets { Self.check(document, names, source) }
            // The text's own capitalised words as names, a few at a time (the search's limit).
            let words = document.tokens.indices.filter { document.tokens[$0].kind == .word }.map { document.text(of: $0) }
            let capitalized = words.filter { $0.first?.isUppercase == true }
            for start in stride(from: 0, to: min(capitalized.count, 120), by: 3) {
                let names = Array(capitalized[start..<min(start + 3, capitalized.count)])
                if FirstNames(names).search != nil { searched += 1 }
                Self.check(document, names, source)
            }
        }
        if source == "corpus" { #expect(searched > 100) }
    }

    /// The facts the heads' reasoning rests on, over every scalar: a scalar that is not ASCII
    /// and whose decomposition opens with an ASCII character decomposes to U+212A, U+037E or
    /// U+1FEF's single character (`K`, `;`, `` ` ``), or to it followed by a combining mark;
    /// the Latin-1 letters decompose to a first scalar that combines with nothing before it.
    @Test func decompositionsOpeningWithASCII() {
        for value in UInt32(0x80)...UInt32(0x10FFFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let decomposed = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
            guard let first = decomposed.first, first.isASCII else { continue }
            if decomposed.count == 1 {
                #expect([0x37E, 0x1FEF, 0x212A].contains(value), "\(value)")
                #expect(FirstNames.Search.hasNonASCIIEqual(UInt8(first.value)), "\(value)")
            } else {
                #expect(decomposed[1].properties.canonicalCombiningClass != .notReordered, "\(value)")
            }
        }
        for value in UInt32(0xC0)...UInt32(0xFF) {
            let first = String(Unicode.Scalar(UInt8(value))).decomposedStringWithCanonicalMapping.unicodeScalars.first
            #expect(first?.properties.canonicalCombiningClass == .notReordered, "\(value)")
        }
    }
}
