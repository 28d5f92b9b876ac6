import Foundation

/// The `*.txt` files under a directory, recursively, in the order of their paths, found as they
/// are asked for: it holds one listing per level of the current branch, not the whole tree.
///
/// Sorting each listing with directories keyed as `name/` gives exactly the order of the full
/// paths sorted as strings (`a-b.txt` before `a/x.txt`, since `-` sorts before `/`), the order
/// `extract` has always used.
struct DirectoryWalk: IteratorProtocol {
    private struct Entry {
        let path: String
        let isDirectory: Bool
        /// A file's size when listed.
        var size = 0
    }

    let root: String
    /// Whether any file was found: a directory without one is reported as an input error.
    private(set) var foundAny = false
    /// The size of the file last returned, when its directory was listed.
    private(set) var lastSize = 0
    private var stack: [IndexingIterator<[Entry]>] = []

    init(root: String) {
        self.root = root
        stack = [Self.listing(of: root).makeIterator()]
    }

    mutating func next() -> String? {
        while var level = stack.popLast() {
            guard let entry = level.next() else { continue }
            stack.append(level)
            if entry.isDirectory {
                stack.append(Self.listing(of: entry.path).makeIterator())
            } else {
                foundAny = true
                lastSize = entry.size
                return entry.path
            }
        }
        return nil
    }

    /// A directory's `*.txt` files (symbolic links to files included) and subdirectories
    /// (symbolic links to directories not followed, so a link cycle cannot loop), sorted.
    private static func listing(of directory: String) -> [Entry] {
        // An unreadable subdirectory is skipped, as `find` would go on past it.
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        var keyed: [(key: String, entry: Entry)] = []
        for name in names {
            let path = prefix + name
            let own = FileKind.status(path, followingLinks: false)
            if own.kind == .directory {
                keyed.append((name + "/", Entry(path: path, isDirectory: true)))
            } else if isTextName(name) {
                // A regular file is known from the one `lstat`; only a link (or another
                // special file) is asked again, following it.
                let (kind, size) = own.kind == .other ? FileKind.status(path, followingLinks: true) : own
                if kind == .file { keyed.append((name, Entry(path: path, isDirectory: false, size: size))) }
            }
        }
        return sorted(keyed)
    }

    /// The entries in the order of their keys as strings. When every key is ASCII that is the
    /// order of their bytes, and the sort compares them with `memcmp` through an array of
    /// indices: comparing strings and moving them (retained and released at each move) cost
    /// ~3,400 instructions an entry.
    private static func sorted(_ keyed: [(key: String, entry: Entry)]) -> [Entry] {
        var keys: [[UInt8]] = []
        keys.reserveCapacity(keyed.count)
        for (key, _) in keyed {
            let bytes = Array(key.utf8)
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return keyed.sorted { $0.key < $1.key }.map(\.entry) }
            keys.append(bytes)
        }
        let order = keys.indices.sorted { a, b in
            keys[a].withUnsafeBufferPointer { x in
                keys[b].withUnsafeBufferPointer { y in
                    let common = min(x.count, y.count)
                    guard common > 0, let left = x.baseAddress, let right = y.baseAddress else { return x.count < y.count }
                    let order = memcmp(left, right, common)
                    return order != 0 ? order < 0 : x.count < y.count
                }
            }
        }
        return order.map { keyed[$0].entry }
    }

    /// `name.lowercased().hasSuffix(".txt")`, read off the bytes of an ASCII name (its last
    /// four, capitals made small): a lowercased copy of every name listed cost more than the
    /// rest of the test. A name with a byte that is not ASCII is asked the string way.
    static func isTextName(_ name: String) -> Bool {
        // The bytes read in place (through `utf8` one at a time cost ~40 instructions each).
        var bytes = name
        let last: UInt32? = bytes.withUTF8 { bytes in
            var last: UInt32 = 0
            for byte in bytes {
                if byte >= 0x80 { return nil }
                last = last << 8 | UInt32(byte &- 0x41 < 26 ? byte | 0x20 : byte)
            }
            return last
        }
        guard let last else { return name.lowercased().hasSuffix(".txt") }
        return last == 0x2E74_7874  // ".txt"
    }
}
