@testable import Greffier

/// Inputs for comparing a fast path with its full reading: the corpus texts as they are, the
/// corpus texts in Windows-1252, every byte alone and in pairs, and pseudo-random bytes
/// (a fixed seed, so that a failure repeats).
enum AwkwardInputs {
    static var all: [[UInt8]] {
        var inputs = Hostile.corpusNames.map { Hostile.corpusText($0) }
        inputs += inputs.map(windows1252)
        inputs += (0...255).map { [UInt8($0)] }
        inputs += (0...255).map { [UInt8($0), 0x65, 0x0D, UInt8(255 - $0), 0x0A, 0x0D] }
        inputs += [
            [], [0x0D], [0x0D, 0x0A], Array("é\r\nà\rx\u{00A0}y\u{2019}z\u{FB01}\u{00AD}".utf8),
            Array("Délégation  -\nment 12 € « x » ŒUVRE\tİ Ⱥ".utf8), [0xC3], [0xC3, 0xA9, 0xC3], [0xE2, 0x82],
            [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xEF, 0xBB, 0xBF, 0x41],
            // Two-byte leads around the decoder's fast path (0xC3–0xC9), valid or not; U+02BC is replaced.
            [0xC2, 0xA0, 0xC3, 0x41, 0xC9, 0xBF, 0xCA, 0xBC, 0xC4, 0xC4, 0x80, 0xC5, 0x93, 0xC9], [0xC2, 0xAD, 0xC8, 0xC0],
            // U+FFFD written in the text, whole and cut.
            [0x61, 0xEF, 0xBF, 0xBD, 0x62, 0xEF, 0xBF, 0xBD], [0xEF, 0xBF],
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        // Bytes drawn mostly from letters, spaces, line ends and UTF-8 pieces: close enough to
        // text to reach every branch.
        let alphabet: [UInt8] = Array("aZé9 -\n\r\t.|'/".utf8) + [0xC3, 0xA9, 0xE2, 0x80, 0x99, 0xC2, 0xA0, 0x92, 0xE9, 0xFF, 0x0B]
        for length in [1, 2, 7, 8, 9, 15, 16, 17, 64, 300, 2000] {
            for _ in 0..<20 {
                inputs.append((0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] })
            }
        }
        return inputs
    }

    /// Calls `body` with the stretches of every input of each of `lengths` bytes that fit:
    /// from every place of the short inputs, from every `longStep`-th place of those over 400
    /// bytes (cuts inside scalars, line ends and `-⏎` at both ends). Returns how many were tried.
    @discardableResult
    static func forEachStretch(lengths: [Int], longStep: Int, _ body: ([UInt8], Int, Int) -> Void) -> Int {
        var tried = 0
        for input in all {
            let step = input.count > 400 ? longStep : 1
            for start in stride(from: 0, to: input.count, by: step) {
                for length in lengths where start + length <= input.count {
                    body(input, start, start + length)
                    tried += 1
                }
            }
        }
        return tried
    }

    /// The text in Windows-1252 where it has a byte for a character, else `?`.
    static func windows1252(_ bytes: [UInt8]) -> [UInt8] {
        var table: [UInt32: UInt8] = [:]
        for byte in 0...255 { table[Windows1252.scalar(UInt8(byte))] = UInt8(byte) }
        return String(decoding: bytes, as: UTF8.self).unicodeScalars.map { table[$0.value] ?? 0x3F }
    }
}
