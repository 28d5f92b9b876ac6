/// A deterministic, seeded French OCR-damage generator: turns a clean text into the kind of
/// text scans give, at two levels. Every kind of damage here was seen in real published texts.
struct OCRDamage {
    enum Level: String, Sendable, CaseIterable {
        case light, heavy
    }

    let level: Level
    private var random: SplitMix64

    init(level: Level, seed: UInt64) {
        self.level = level
        self.random = SplitMix64(seed: seed)
    }

    /// How often each kind of damage strikes where it can.
    private var rate: Double { level == .light ? 0.15 : 0.45 }

    mutating func damage(_ text: String) -> String {
        var result = text
        result = replaceSome(result, glyphs)
        result = loseAccents(result)
        result = swapCodeDigits(result)
        result = loseGroupSpaces(result)
        result = collapseTabs(result)
        if level == .heavy {
            result = rewrap(result)
            result = insertPageHeaders(result)
            result = strayLineEnds(result)
        }
        return result
    }

    /// Glyph confusions (`û` → `fi` as in `aofit`, `é` → `¢`, `ç` → `g`, `œ` → `ce`, `l'` → `I'`
    /// or `1'`, `n°` → `n®` or `no`, `Et` → `Ft`, `ô` → `6`) and `€` read as `E`.
    private var glyphs: [(String, [String])] {
        [("û", ["fi", "ii"]), ("é", ["¢"]), ("ç", ["g"]), ("œ", ["ce"]), (" l'", [" I'", " 1'"]),
         ("n°", ["n®", "no"]), ("\nEt\n", ["\nFt\n"]), ("ô", ["6"]), ("€", ["E"])]
    }

    private mutating func replaceSome(_ text: String, _ table: [(String, [String])]) -> String {
        var result = text
        for (from, choices) in table {
            let pieces = result.components(separatedBy: from)
            guard pieces.count > 1 else { continue }
            var rebuilt = pieces[0]
            for piece in pieces.dropFirst() {
                rebuilt += random.chance(rate) ? choices[random.below(choices.count)] : from
                rebuilt += piece
            }
            result = rebuilt
        }
        return result
    }

    /// `à` → `a`, `é`/`è` → `e`.
    private mutating func loseAccents(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "à" where random.chance(rate): output.append("a")
            case "é" where random.chance(rate), "è" where random.chance(rate): output.append("e")
            default: output.append(character)
            }
        }
        return output
    }

    /// `0` read as `O` in a centre de coûts' département (`SGSIFAB075` → `SGSIFABO75`), where
    /// the code's shape fixes which one belongs.
    private mutating func swapCodeDigits(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for index in words.indices {
            let word = words[index]
            let bytes = Array(word.utf8)
            guard bytes.count == 10, bytes.prefix(7).allSatisfy({ (65...90).contains($0) }),
                bytes.suffix(3).allSatisfy({ (48...57).contains($0) }), bytes[7] == 48, random.chance(rate)
            else { continue }
            words[index] = String(word.prefix(7)) + "O" + String(word.suffix(2))
        }
        return words.joined(separator: " ")
    }

    /// `185 000 €` → `185000 €`: the group space (plain or no-break) is lost.
    private mutating func loseGroupSpaces(_ text: String) -> String {
        var output: [Character] = []
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if character == " " || character == "\u{A0}" || character == "\u{202F}",
                index > 0, index + 3 < characters.count, characters[index - 1].isNumber,
                // A group space inside an amount, not the space between a year and an amount.
                (1...3).contains(characters[..<index].reversed().prefix { $0.isNumber }.count),
                index + 4 >= characters.count || !characters[index + 4].isNumber,
                characters[index + 1].isNumber, characters[index + 2].isNumber, characters[index + 3].isNumber,
                random.chance(rate)
            {
                continue
            }
            output.append(character)
        }
        return String(output)
    }

    /// Tabs collapsed into runs of two to four spaces (the layout of a copy-paste).
    private mutating func collapseTabs(_ text: String) -> String {
        var output = ""
        for character in text {
            if character == "\t", random.chance(rate) {
                output += String(repeating: " ", count: 2 + random.below(3))
            } else {
                output.append(character)
            }
        }
        return output
    }

    /// Long lines re-wrapped at about 80 columns, some words hyphenated across the break
    /// (`infor-` / `mation`). Lines with tabs (tables) are left as they are.
    private mutating func rewrap(_ text: String) -> String {
        text.components(separatedBy: "\n").map { line in
            guard line.count > 100, !line.contains("\t") else { return line }
            var lines: [String] = []
            var current = ""
            for word in line.split(separator: " ", omittingEmptySubsequences: false) {
                if current.count + word.count + 1 > 80, !current.isEmpty {
                    let letters = word.allSatisfy(\.isLetter)
                    if letters, word.count >= 8, random.chance(rate) {
                        let cut = word.index(word.startIndex, offsetBy: word.count / 2)
                        lines.append(current + " " + word[..<cut] + "-")
                        current = String(word[cut...])
                        continue
                    }
                    lines.append(current)
                    current = String(word)
                } else {
                    current += current.isEmpty ? String(word) : " " + word
                }
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// A running page header of the BO between two paragraphs.
    private mutating func insertPageHeaders(_ text: String) -> String {
        var page = 120
        let paragraphs = text.components(separatedBy: "\n\n")
        return paragraphs.enumerated().map { index, paragraph in
            guard index > 0, index % 9 == 0 else { return paragraph }
            page += 1
            return "BO Santé – Protection sociale – Solidarité no 2017/10 du 15 novembre 2017, Page \(page)\n\n" + paragraph
        }.joined(separator: "\n\n")
    }

    /// A stray character at the end of some lines (`.` `'` `|`).
    private mutating func strayLineEnds(_ text: String) -> String {
        let strays = [" '", " |", " ."]
        return text.components(separatedBy: "\n").map { line in
            guard !line.isEmpty, random.chance(rate / 4) else { return line }
            return line + strays[random.below(strays.count)]
        }.joined(separator: "\n")
    }
}

/// A small deterministic generator (SplitMix64): the same seed gives the same damage anywhere.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < probability
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
