import Foundation

@testable import GreffierCLI

/// The directory walk as it was before it listed with `readdir` and `d_type` and opened files by
/// their names in their directory: `FileManager`'s listing, an `lstat` of every entry (and a
/// `stat` of a link), keys sorted as strings. The walk must find what this finds, in its order,
/// with the same sizes.
struct ReferenceDirectoryWalk: IteratorProtocol {
    private struct Entry {
        let path: String
        let isDirectory: Bool
        var size = 0
    }

    let root: String
    private(set) var foundAny = false
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

    private static func listing(of directory: String) -> [Entry] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        var keyed: [(key: String, entry: Entry)] = []
        for name in names {
            let path = prefix + name
            let own = FileKind.status(path, followingLinks: false)
            if own.kind == .directory {
                keyed.append((name + "/", Entry(path: path, isDirectory: true)))
            } else if name.lowercased().hasSuffix(".txt") {
                let (kind, size) = own.kind == .other ? FileKind.status(path, followingLinks: true) : own
                if kind == .file { keyed.append((name, Entry(path: path, isDirectory: false, size: size))) }
            }
        }
        return keyed.sorted { $0.key < $1.key }.map(\.entry)
    }
}
