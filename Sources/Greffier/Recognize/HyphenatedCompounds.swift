/// Tells a word cut by a line break (`infor-` / `mation` → `information`) from a compound that
/// happens to break at its own hyphen (`partenaire-` / `délégataire` → `partenaire-délégataire`).
enum HyphenatedCompounds {
    /// First halves that make compounds in these texts (`sous-directrice`, `co-délégataire`).
    static let prefixes: Set<String> = [
        "sous", "co", "vice", "ex", "non", "demi", "semi", "auto", "anti", "contre", "partenaire",
        "apres", "avant", "arriere", "haut", "haute", "bas", "basse", "grand", "grande", "mi", "quasi",
        "porte", "garde", "chef", "chefs", "beta", "start", "e", "extra", "intra", "inter", "post", "pre",
    ]
    /// Second halves that only stand as words of their own (`-délégataire`, `-ci`, `-là`).
    static let suffixes: Set<String> = ["delegataire", "delegataires", "delegant", "delegants", "ci", "la", "t", "il", "elle"]

    /// Whether `first-` + line break + `second` is a compound whose hyphen stays; the halves
    /// are given as byte ranges of `bytes`.
    static func isCompound(_ bytes: [UInt8], first: TextRange, second: TextRange) -> Bool {
        let head = Folding.fold(bytes, first.start, first.end)
        let tail = Folding.fold(bytes, second.start, second.end)
        return prefixes.contains(head) || suffixes.contains(tail)
    }
}
