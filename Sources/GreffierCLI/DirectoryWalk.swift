import Foundation

/// The `*.txt` files under a directory, recursively, in the order of their paths, found as they
/// are asked for: it holds one listing per level of the current branch, not the whole tree.
///
/// Sorting each listing with directories keyed as `name/` gives exactly the order of the full
/// paths sorted as strings (`a-b.txt` before `a/x.txt`, since `-` sorts before `/`), the order
/// `extract` has always used.
///
/// The kind of an entry comes from the listing itself (`d_type`): a regular file or a directory
/// costs no `lstat` (only a symbolic link, or an entry on a file system that does not say, is
/// asked about). Each level keeps its directory open, and its entries are asked about and
/// opened by their name in it: the kernel looks up one name, not every directory of the path.
struct DirectoryWalk: IteratorProtocol {
    let root: String
    /// Whether any file was found: a directory without one is reported as an input error.
    private(set) var foundAny = false
    /// The size of the file last returned: as listed, or when opened.
    private(set) var lastSize = 0
    /// The file last returned, already open (`opensFiles`), or nil: to be opened by its path.
    private(set) var lastOpened: OpenedFile?
    /// Whether a regular file is opened here, as it is returned (`extract`: the open and its
    /// `fstat` then give its size for grouping, and no `lstat` is needed). Those who read every
    /// input at once (`check`, `show`) or none (the progress census) leave files closed.
    let opensFiles: Bool
    private var stack: [DirectoryListing] = []

    init(root: String, opensFiles: Bool = false) {
        self.root = root
        self.opensFiles = opensFiles
        stack = [DirectoryListing(path: root, named: nil, in: nil, depth: 0)]
    }

    mutating func next() -> String? {
        lastOpened = nil
        while var level = stack.popLast() {
            guard let entry = level.next() else { continue }
            stack.append(level)
            let path = level.prefix + entry.name
            switch entry.kind {
            case .directory:
                stack.append(DirectoryListing(path: path, named: entry.name, in: level.handle, depth: stack.count))
            case .regular where opensFiles:
                if let file = level.open(entry.name, path: path) {
                    lastOpened = file
                    return found(path, size: file.size)
                }
                // Not a regular file any more, or not to be opened (unreadable): asked as
                // before, and left to the reader to fail on with its own message.
                if let size = level.fileSize(entry.name, path: path, isLink: false) { return found(path, size: size) }
            case .regular, .link:
                if let size = level.fileSize(entry.name, path: path, isLink: entry.kind == .link) {
                    return found(path, size: size)
                }
            }
        }
        return nil
    }

    private mutating func found(_ path: String, size: Int) -> String {
        foundAny = true
        lastSize = size
        return path
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

/// A regular file opened by the walk, read by a worker, and closed when its input is dropped.
final class OpenedFile: Sendable, Equatable {
    let path: String
    let descriptor: Int32
    /// Its size when opened (`fstat`).
    let size: Int

    init(path: String, descriptor: Int32, size: Int) {
        self.path = path
        self.descriptor = descriptor
        self.size = size
    }

    deinit { close(descriptor) }

    static func == (a: OpenedFile, b: OpenedFile) -> Bool { a === b }
}
