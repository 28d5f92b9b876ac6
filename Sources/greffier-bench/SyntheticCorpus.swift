import Foundation

/// A deterministic corpus made from the bundled texts: each document is one real text whose
/// paragraphs are partly dropped, with runs of paragraphs of other texts mixed in (annexes,
/// borrowed clauses) up to a drawn size, then perturbed (`Perturbation`): digits, OCR damage,
/// re-wrapped lines, encodings. Its NOR (or a reference line) carries the document's number,
/// and the corpus checks that no two documents are identical.
struct SyntheticCorpus: Sendable {
    /// A source text cut into paragraphs (blank-line separated), without the blank lines.
    struct SourceText: Sendable {
        let name: String
        let paragraphs: [[UInt8]]
        /// Its first paragraphs: heading, title, NOR; kept so that each document is an act.
        let headingCount: Int
    }

    let texts: [SourceText]
    let seed: UInt64

    /// Reads the `*.txt` of `folder`.
    init(folder: URL, seed: UInt64) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        texts = try names.map { name in
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            let paragraphs = Self.paragraphs(bytes)
            return SourceText(name: name, paragraphs: paragraphs, headingCount: min(4, paragraphs.count))
        }
        self.seed = seed
    }

    /// Document `index`'s bytes. `plainUTF8` leaves out the encoding variants (for inputs made
    /// by concatenation, which must stay one encoding).
    func document(_ index: Int, plainUTF8: Bool = false) -> [UInt8] {
        var random = SplitMix64(seed: seed, index: index)
        let base = texts[Int.random(in: 0..<texts.count, using: &random)]
        // Drawn from 1 to 19 KB; with whole paragraphs and texts longer than the draw, documents
        // average about 12 KB: 10,000 of them make about 120 MB.
        let target = Int.random(in: 1_000...19_000, using: &random)
        var paragraphs = Array(base.paragraphs.prefix(base.headingCount))
        for paragraph in base.paragraphs.dropFirst(base.headingCount) where random.chance(0.9) {
            paragraphs.append(paragraph)
        }
        var size = paragraphs.reduce(0) { $0 + $1.count + 2 }
        while size < target {
            let other = texts[Int.random(in: 0..<texts.count, using: &random)]
            let length = Int.random(in: 2...8, using: &random)
            let start = Int.random(in: 0..<max(1, other.paragraphs.count - length), using: &random)
            let run = other.paragraphs[start..<min(other.paragraphs.count, start + length)]
            let position = Int.random(in: min(base.headingCount, paragraphs.count)...paragraphs.count, using: &random)
            paragraphs.insert(contentsOf: run, at: position)
            size += run.reduce(0) { $0 + $1.count + 2 }
        }
        var text = Array(paragraphs.joined(separator: [0x0A, 0x0A]))
        text.append(0x0A)
        var perturbation = Perturbation(random: random)
        text = perturbation.apply(to: text, stamp: index)
        return plainUTF8 ? text : perturbation.encode(text)
    }

    /// Where document `index` goes: a thousand per folder, as a year of a bulletin might be.
    static func relativePath(_ index: Int) -> String {
        String(format: "%03d/bo-%05d.txt", index / 1000, index)
    }

    private static func paragraphs(_ bytes: [UInt8]) -> [[UInt8]] {
        var result: [[UInt8]] = []
        var current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                if !current.isEmpty { result.append(current) }
                current = []
                while index < bytes.count, bytes[index] == 0x0A { index += 1 }
                continue
            }
            current.append(bytes[index])
            index += 1
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
