import Foundation

/// One level of a `DirectoryWalk`: a directory's `*.txt` files (symbolic links to files
/// included) and subdirectories (symbolic links to directories not followed, so that a link
/// cycle cannot loop), sorted, taken one at a time.
struct DirectoryListing {
    enum Kind: Equatable {
        case directory
        /// A regular file, as listed: its size not asked yet.
        case regular
        /// A symbolic link (or an entry of unknown kind that is one), to a file or not.
        case link
    }

    struct Entry {
        let name: String
        let kind: Kind
    }

    /// The directory's path and a slash: an entry's path is `prefix + name`.
    let prefix: String
    /// The directory, open while its entries are taken; nil deeper than `openDepth` (its
    /// entries are then asked about by their paths), or when it could not be listed.
    let handle: DirectoryHandle?
    private let entries: [Entry]
    private var position = 0

    /// Levels that keep their directory open: a walk holds one descriptor per level at most,
    /// however deep the tree.
    static let openDepth = 32

    /// The listing of `path`, opened as `name` in `parent` when both are given. An unreadable
    /// directory lists nothing, as `find` would go on past it.
    init(path: String, named name: String?, in parent: DirectoryHandle?, depth: Int) {
        prefix = path.hasSuffix("/") ? path : path + "/"
        let directory = if let name, let parent { DirectoryHandle(named: name, in: parent) } else { DirectoryHandle(path: path) }
        entries = directory.map(Self.sortedEntries) ?? []
        handle = depth < Self.openDepth ? directory : nil
    }

    mutating func next() -> Entry? {
        guard position < entries.count else { return nil }
        position += 1
        return entries[position - 1]
    }

    /// A file listed as regular, opened (not following a link, and not waiting should it have
    /// become a pipe): nil when it cannot be opened or is no longer a regular file.
    func open(_ name: String, path: String) -> OpenedFile? {
        let descriptor = at(name, path) { openat($0, $1, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW) }
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return nil
        }
        return OpenedFile(path: path, descriptor: descriptor, size: Int(status.st_size))
    }

    /// The size of an entry listed as a file or a link when it names a regular file, else nil:
    /// its `lstat`, and for anything but a regular file or a directory, its `stat` (following
    /// the link). A link to a directory, a pipe, a dangling link: nil.
    func fileSize(_ name: String, path: String, isLink: Bool) -> Int? {
        var status = stat()
        if !isLink {
            guard at(name, path, { fstatat($0, $1, &status, AT_SYMLINK_NOFOLLOW) }) == 0 else { return nil }
            switch status.st_mode & S_IFMT {
            case S_IFREG: return Int(status.st_size)
            case S_IFDIR: return nil
            default: break
            }
        }
        guard at(name, path, { fstatat($0, $1, &status, 0) }) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(status.st_size)
    }

    /// `body` on the entry: by its name in the open directory, or by its path.
    private func at<T>(_ name: String, _ path: String, _ body: (Int32, String) -> T) -> T {
        if let handle { body(handle.descriptor, name) } else { body(AT_FDCWD, path) }
    }

    /// Where `d_name` lies in a `dirent`.
    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 19

    /// The entries kept, in the order of their keys as strings (a directory's key is its name
    /// and a slash). A name that is not UTF-8 is left out, as `FileManager` left it out.
    private static func sortedEntries(of directory: DirectoryHandle) -> [Entry] {
        var entries: [Entry] = []
        // Every key's bytes one after the other, and where each ends: ASCII keys are sorted on
        // them with `memcmp` (comparing and moving strings cost ~3,400 instructions an entry).
        var keys: [UInt8] = []
        var ends: [Int] = []
        var ascii = true
        while let record = readdir(directory.stream) {
            let name = (UnsafeRawPointer(record) + nameOffset).assumingMemoryBound(to: CChar.self)
            let length = strlen(name)
            // "." and "..".
            if name[0] == 0x2E && (length == 1 || (length == 2 && name[1] == 0x2E)) { continue }
            guard let string = String(validatingCString: name) else { continue }
            let kind: Kind
            switch Int32(record.pointee.d_type) {
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_REG): kind = .regular
            case Int32(DT_LNK): kind = .link
            case Int32(DT_UNKNOWN):
                var status = stat()
                guard fstatat(directory.descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR: kind = .directory
                case S_IFREG: kind = .regular
                default: kind = .link
                }
            default:
                // A pipe, a socket, a device: never read from a directory.
                continue
            }
            if kind != .directory && !DirectoryWalk.isTextName(string) { continue }
            entries.append(Entry(name: string, kind: kind))
            name.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
                for i in 0..<length {
                    ascii = ascii && bytes[i] < 0x80
                    keys.append(bytes[i])
                }
            }
            if kind == .directory { keys.append(0x2F) }
            ends.append(keys.count)
        }
        guard ascii else {
            let keyed = entries.map { (key: $0.kind == .directory ? $0.name + "/" : $0.name, entry: $0) }
            return keyed.sorted { $0.key < $1.key }.map(\.entry)
        }
        let order = keys.withUnsafeBufferPointer { keys in
            ends.withUnsafeBufferPointer { ends in
                entries.indices.sorted { a, b in
                    let aStart = a == 0 ? 0 : ends[a - 1], bStart = b == 0 ? 0 : ends[b - 1]
                    let aCount = ends[a] - aStart, bCount = ends[b] - bStart
                    let common = min(aCount, bCount)
                    guard common > 0, let base = keys.baseAddress else { return aCount < bCount }
                    let order = memcmp(base + aStart, base + bStart, common)
                    return order != 0 ? order < 0 : aCount < bCount
                }
            }
        }
        return order.map { entries[$0] }
    }
}

/// An open directory, closed when the last listing using it is done.
final class DirectoryHandle {
    let stream: OpaquePointer
    let descriptor: Int32

    init?(path: String) {
        guard let stream = opendir(path) else { return nil }
        self.stream = stream
        descriptor = dirfd(stream)
    }

    init?(named name: String, in parent: DirectoryHandle) {
        let descriptor = openat(parent.descriptor, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        guard let stream = fdopendir(descriptor) else {
            close(descriptor)
            return nil
        }
        self.stream = stream
        self.descriptor = descriptor
    }

    deinit { closedir(stream) }
}
