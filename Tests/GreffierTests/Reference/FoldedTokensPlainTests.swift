import Testing
@testable import Greffier

/// `FoldedTokens.isPlain` scans words only, and tells the other kinds by their kind (and a
/// symbol by its first byte): it must say what the scan says on every token of a document. And
/// its quick folds of Latin words (byte by byte, and by runs of the lowercased text) must give
/// what `Folding.fold` gives.
@Suite struct FoldedTokensPlainTests {
    @Test func plainByKindMatchesTheScan() {
        var documents = Hostile.corpusDocuments()
        documents += AwkwardInputs.all.map { Document(bytes: $0) }
        documents += AwkwardInputs.all.compactMap { try? InputDecoder.decode($0) }.map { Document(bytes: $0.bytes) }
        var checked = 0
        var latin = 0
        for document in documents {
            // The lowercased text with `slack` zeros after it, as `FoldedTokens` keeps it.
            let lowered = document.bytes.map(ByteClass.lowercased) + [UInt8](repeating: 0, count: FoldedTokens.slack)
            document.bytes.withUnsafeBufferPointer { text in
                // Raw tokens too: the furniture pass drops and joins some.
                for tokens in [document.tokens, Tokenizer.tokenize(document.bytes)] {
                    for token in tokens {
                        #expect(FoldedTokens.isPlain(text, token) == FoldedTokens.isPlainByScan(text, token),
                                "\(token) in \(document.bytes.prefix(40))")
                        checked += 1
                        let room = UnsafeMutablePointer<UInt8>.allocate(capacity: max(token.end - token.start, 1))
                        let written = Latin1Folds.table.withUnsafeBufferPointer {
                            FoldedTokens.foldLatin(text, token, latin1: $0, into: room)
                        }
                        if let written {
                            var full: [UInt8] = []
                            #expect(Folding.fold(text, token.start, token.end, into: &full))
                            #expect(Array(UnsafeBufferPointer(start: room, count: written)) == full,
                                    "\(token) in \(document.bytes.prefix(40))")
                            latin += 1
                        }
                        room.deallocate()
                        // The same fold with the ASCII runs copied from the lowercased text
                        // sixteen bytes at a time: the same tokens taken, the same bytes.
                        let wide = UnsafeMutablePointer<UInt8>.allocate(capacity: token.end - token.start + FoldedTokens.slack)
                        let wideWritten = lowered.withUnsafeBufferPointer { lowered in
                            Latin1Folds.twoByte.withUnsafeBufferPointer { folds in
                                lowered.baseAddress.flatMap {
                                    FoldedTokens.foldLatin(text, lowered: $0, token, folds: folds, into: wide)
                                }
                            }
                        }
                        #expect(wideWritten == written, "\(token) in \(document.bytes.prefix(40))")
                        if let written, let wideWritten, wideWritten == written {
                            var full: [UInt8] = []
                            Folding.fold(text, token.start, token.end, into: &full)
                            #expect(Array(UnsafeBufferPointer(start: wide, count: written)) == full)
                        }
                        wide.deallocate()
                    }
                }
            }
        }
        #expect(checked > 10_000)
        #expect(latin > 1_000)
    }

    /// The run copy, by SSE2 on x86-64 and by two words elsewhere: both copy the sixteen bytes
    /// and stop at the first byte 0x80 or more or `\n`, each byte value at each of the sixteen
    /// places, alone and after others that stop a run.
    @Test(arguments: [UInt8(0x41), 0x0A, 0x0B, 0x7F, 0x80, 0xC3, 0xFF])
    func runCopyStopsAtTheFirstNonASCIIByteOrLineFeed(filler: UInt8) {
        for value in 0...255 {
            for place in 0..<16 {
                var bytes = [UInt8](repeating: 0x61, count: 16)
                bytes[place] = UInt8(value)
                // A second stop after it (or the filler) must not move the first.
                if place < 15 { bytes[place + 1] = filler }
                let expected = bytes.firstIndex(where: { $0 >= 0x80 || $0 == 0x0A }) ?? 16
                let vector = UnsafeMutablePointer<UInt8>.allocate(capacity: 16)
                let words = UnsafeMutablePointer<UInt8>.allocate(capacity: 16)
                bytes.withUnsafeBufferPointer { source in
                    guard let base = source.baseAddress else { return }
                    #expect(FoldedTokens.copyRun(base, to: vector) == expected, "\(value) at \(place)")
                    #expect(FoldedTokens.copyRunByWords(base, to: words) == expected, "\(value) at \(place)")
                }
                #expect(Array(UnsafeBufferPointer(start: vector, count: 16)) == bytes)
                #expect(Array(UnsafeBufferPointer(start: words, count: 16)) == bytes)
                vector.deallocate()
                words.deallocate()
            }
        }
    }
}
