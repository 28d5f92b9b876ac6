import Foundation

/// Writes the synthetic corpus and the concatenated single inputs to a folder.
enum CorpusFiles {
    struct Written {
        let folder: URL
        let paths: [String]
        let bytes: Int
        let duplicatesAvoided: Int
    }

    /// Writes documents 0..<count under `folder`, checking that no two are identical: identical
    /// documents have the same hash, so a hash seen before (a duplicate, or, rarely, a
    /// collision) gets one more line, which makes the document differ.
    static func write(_ corpus: SyntheticCorpus, count: Int, under folder: URL) throws -> Written {
        var seen = Set<Int>()
        var paths: [String] = []
        var bytes = 0
        var avoided = 0
        paths.reserveCapacity(count)
        func hash(_ text: [UInt8]) -> Int {
            var hasher = Hasher()
            text.withUnsafeBytes { hasher.combine(bytes: $0) }
            return hasher.finalize()
        }
        for index in 0..<count {
            var text = corpus.document(index)
            while !seen.insert(hash(text)).inserted {
                text += Array("\nExemplaire \(index)\n".utf8)
                avoided += 1
            }
            let url = folder.appendingPathComponent(SyntheticCorpus.relativePath(index))
            if index % 1000 == 0 {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            }
            try Data(text).write(to: url)
            paths.append(url.path)
            bytes += text.count
        }
        return Written(folder: folder, paths: paths, bytes: bytes, duplicatesAvoided: avoided)
    }

    /// Single inputs of `sizes` MB (10⁶ bytes), each a prefix, cut at a line end, of the same
    /// stream of concatenated UTF-8 documents; the paths, smallest first.
    static func concatenated(_ corpus: SyntheticCorpus, sizes: [Int], under folder: URL) throws -> [(megabytes: Int, path: String)] {
        let largest = (sizes.max() ?? 0) * 1_000_000
        var stream: [UInt8] = []
        stream.reserveCapacity(largest + 64 * 1024)
        var index = 0
        while stream.count < largest {
            stream += corpus.document(index, plainUTF8: true)
            stream.append(0x0A)
            index += 1
        }
        var result: [(Int, String)] = []
        for megabytes in sizes.sorted() {
            var end = megabytes * 1_000_000
            while end > 0, stream[end - 1] != 0x0A { end -= 1 }
            let url = folder.appendingPathComponent("concatenated-\(megabytes)MB.txt")
            try Data(stream[..<end]).write(to: url)
            result.append((megabytes, url.path))
        }
        return result
    }
}
