@testable import Greffier

/// `PostalCodeRule.codeAndCity` as it read every address before: all its words made strings
/// (`PostalCodeRule.words`), then tested one by one.
enum Record2ReferencePostalCode {
    static func codeAndCity(_ address: String) -> (String, String)? {
        let words = PostalCodeRule.words(address)
        for (index, word) in words.enumerated() {
            var code = word
            var next = index + 1
            if PostalCodeRule.isASCIIDigits(word, count: 2), next < words.count, PostalCodeRule.isASCIIDigits(words[next], count: 3) {
                code = word + words[next]
                next += 1
            }
            guard PostalCodeRule.isASCIIDigits(code, count: 5), next < words.count else { continue }
            var city = ""
            for word in words[next...] {
                guard !PostalCodeRule.isCedex(word), !PostalCodeRule.isAllNumbers(word) else { break }
                if !city.isEmpty { city += " " }
                city += word
            }
            let bytes = Array(city.utf8)
            return (code, Folding.fold(bytes, 0, bytes.count))
        }
        return nil
    }
}
