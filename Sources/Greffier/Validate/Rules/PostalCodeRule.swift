/// `party.postal-code-mismatch`: an address whose postal code belongs to another département
/// than its city (seed 001: `79902 Paris Cedex 15`, a Deux-Sèvres code for Paris).
struct PostalCodeRule: ValidationRule {
    /// Cities of the addresses these texts give, with their département's code.
    static let departements: [String: String] = [
        "paris": "75", "lyon": "69", "marseille": "13", "toulouse": "31", "bordeaux": "33", "lille": "59",
        "nantes": "44", "strasbourg": "67", "rennes": "35", "metz": "57", "nancy": "54", "montpellier": "34",
        "malakoff": "92", "montrouge": "92", "boulogne-billancourt": "92", "issy-les-moulineaux": "92",
        "nanterre": "92", "la defense": "92", "saint-denis": "93", "montreuil": "93", "pantin": "93",
        "le kremlin-bicetre": "94", "ivry-sur-seine": "94", "vincennes": "94", "creteil": "94",
        "versailles": "78", "noisy-le-grand": "93", "marne-la-vallee": "77",
    ]

    func findings(for record: DocumentRecord) -> [Finding] {
        record.parties.compactMap { party -> Finding? in
            guard let address = party.address, let (code, city) = Self.codeAndCity(address),
                let expected = Self.departements[city], !code.hasPrefix(expected)
            else { return nil }
            return Finding(
                .partyPostalCodeMismatch,
                text: "l'adresse de « \(party.name) » donne le code postal \(code) pour « \(city) » (département \(expected))",
                span: party.span)
        }
    }

    /// The address cut at spaces and commas, as characters. When each space and comma byte is
    /// a character of its own (`PartyMatching.spaceStandsAlone`: what joins a scalar to them —
    /// a combining or spacing mark or a joiner after, a prepended mark before — is none of the
    /// scalars beside it), the characters equal to them are those bytes (no byte of a longer
    /// scalar is a space or a comma, and a `\r\n`, one character, is neither): the bytes are
    /// cut instead. Addresses with a `’` or `–` went to the characters when any scalar at or
    /// above U+0300 did.
    static func words(_ address: String) -> [String] {
        var copy = address
        return copy.withUTF8 { bytes in
            guard bytes.indices.allSatisfy({
                (bytes[$0] != 0x20 && bytes[$0] != 0x2C) || PartyMatching.spaceStandsAlone(bytes, $0)
            }) else {
                return address.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            }
            var words: [String] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 || bytes[index] == 0x2C {
                if index > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                start = index + 1
            }
            return words
        }
    }

    /// The first 5-digit postal code of an address and the city after it, folded
    /// (`79902 Paris Cedex 15` → `79902`, `paris`); also written with a space (`75 334`).
    ///
    /// When the bytes may be cut as `words` cuts them, the words are read as stretches of the
    /// address's bytes (`codeAndCity(_:_:)`): only the code and the city are made strings, where
    /// every word was (most of the rule's cost). Otherwise, the words as strings.
    static func codeAndCity(_ address: String) -> (String, String)? {
        var copy = address
        let read = copy.withUTF8 { bytes -> (String, String)?? in
            guard bytes.indices.allSatisfy({
                (bytes[$0] != 0x20 && bytes[$0] != 0x2C) || PartyMatching.spaceStandsAlone(bytes, $0)
            }) else { return .none }
            var words: [Range<Int>] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 || bytes[index] == 0x2C {
                if index > start {
                    if words.isEmpty { words.reserveCapacity(bytes.count / 2 + 1) }
                    words.append(start..<index)
                }
                start = index + 1
            }
            return .some(codeAndCity(bytes, words))
        }
        if let read { return read }
        return codeAndCity(words: words(address))
    }

    /// `codeAndCity(words:)` of the words `bytes[range]` for each range (each a run of bytes
    /// between spaces and commas, none empty): the same tests on their bytes, which are the
    /// words' (a valid string cut at ASCII bytes).
    static func codeAndCity(_ bytes: UnsafeBufferPointer<UInt8>, _ words: [Range<Int>]) -> (String, String)? {
        func isDigits(_ word: Range<Int>, count: Int) -> Bool {
            word.count == count && word.allSatisfy { ByteClass.isDigit(bytes[$0]) }
        }
        for index in words.indices {
            let word = words[index]
            var next = index + 1
            // Two digits then three: the joined code is five digits.
            let joined = isDigits(word, count: 2) && next < words.count && isDigits(words[next], count: 3)
            if joined { next += 1 }
            guard joined || isDigits(word, count: 5), next < words.count else { continue }
            var code = String(decoding: UnsafeBufferPointer(rebasing: bytes[word]), as: UTF8.self)
            if joined { code += String(decoding: UnsafeBufferPointer(rebasing: bytes[words[index + 1]]), as: UTF8.self) }
            var city: [UInt8] = []
            for cityWord in words[next...] {
                let text = UnsafeBufferPointer(rebasing: bytes[cityWord])
                guard !isCedex(text), !isAllNumbers(text) else { break }
                if city.isEmpty { city.reserveCapacity(bytes.count) } else { city.append(0x20) }
                city.append(contentsOf: text)
            }
            return (code, Folding.fold(city, 0, city.count))
        }
        return nil
    }

    /// `isCedex` of the word whose bytes these are.
    static func isCedex(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.allSatisfy({ $0 < 0x80 }) else { return isCedex(String(decoding: word, as: UTF8.self)) }
        return word.count == 5 && zip(word, "cedex".utf8).allSatisfy { ByteClass.lowercased($0) == $1 }
    }

    /// `isAllNumbers` of the word whose bytes these are.
    static func isAllNumbers(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.allSatisfy({ $0 < 0x80 }) else { return isAllNumbers(String(decoding: word, as: UTF8.self)) }
        return word.allSatisfy { ByteClass.isDigit($0) }
    }

    /// The code and city among `words` (see `codeAndCity(_:)`).
    ///
    /// Read on the words' bytes where they settle it: a code is ASCII digits only, so a word
    /// holding another byte is no code nor part of one (when it joined a two-digit word as
    /// numbers, the joined code failed for its non-ASCII digits), and its character count and
    /// numbers do not matter. An ASCII word's characters are its bytes, its numbers its digits,
    /// and it is `cedex` when its bytes lowercased are; a word that is not ASCII asks its
    /// characters (it is never `cedex`, but it may be all numbers: `½`).
    static func codeAndCity(words: [String]) -> (String, String)? {
        for (index, word) in words.enumerated() {
            var code = word
            var next = index + 1
            if Self.isASCIIDigits(word, count: 2), next < words.count, Self.isASCIIDigits(words[next], count: 3) {
                code = word + words[next]
                next += 1
            }
            guard Self.isASCIIDigits(code, count: 5), next < words.count else { continue }
            // The city runs to `Cedex` or the end: `Le Kremlin-Bicêtre`, `PARIS`.
            // Joined by hand: the generic `joined` on a prefix of a slice cost more.
            var city = ""
            for word in words[next...] {
                guard !Self.isCedex(word), !Self.isAllNumbers(word) else { break }
                if !city.isEmpty { city += " " }
                city += word
            }
            let bytes = Array(city.utf8)
            return (code, Folding.fold(bytes, 0, bytes.count))
        }
        return nil
    }

    /// `word.count == count && word.allSatisfy { $0.isASCII && $0.isNumber }`.
    static func isASCIIDigits(_ word: String, count: Int) -> Bool {
        word.utf8.count == count && word.utf8.allSatisfy { ByteClass.isDigit($0) }
    }

    /// `word.lowercased() == "cedex"`.
    static func isCedex(_ word: String) -> Bool {
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return word.lowercased() == "cedex" }
        return word.utf8.count == 5 && word.utf8.map(ByteClass.lowercased).elementsEqual("cedex".utf8)
    }

    /// `word.allSatisfy(\.isNumber)`.
    static func isAllNumbers(_ word: String) -> Bool {
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return word.allSatisfy(\.isNumber) }
        return word.utf8.allSatisfy { ByteClass.isDigit($0) }
    }
}
