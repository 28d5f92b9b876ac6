import Foundation

/// The paths of a `--files-from` list, one per line, read as they are needed so that
/// `find … | greffier extract --files-from -` starts at once and never holds the whole list.
/// Empty lines are skipped and a `\r` before the line break is dropped (lists made on Windows).
///
/// A reference type: it owns a file descriptor and its read position. It is only used by one
/// thread at a time (the batch's producer, under its lock), hence `@unchecked Sendable`.
final class PathList: @unchecked Sendable {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var position = 0
    private var ended = false

    /// Opens the list at `path`, `-` for standard input; nil when it cannot be opened.
    init?(path: String) {
        if path == "-" {
            descriptor = STDIN_FILENO
            ownsDescriptor = false
        } else {
            guard FileKind.of(path, followingLinks: true) != .directory else { return nil }
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
            ownsDescriptor = true
        }
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// Whether the list is read from a regular file, which never makes a reader wait.
    var isRegularFile: Bool {
        var status = stat()
        return fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    /// The next non-empty line, nil at the end of the list (or when it can no longer be read).
    func next() -> String? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                let line = buffer[position..<newline]
                position = newline + 1
                if let path = Self.path(line) { return path }
                continue
            }
            if ended {
                let rest = buffer[position...]
                position = buffer.count
                return rest.isEmpty ? nil : Self.path(rest)
            }
            refill()
        }
    }

    private func refill() {
        buffer.removeFirst(position)
        position = 0
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 {
                ended = true
            } else {
                buffer.append(contentsOf: chunk[..<count])
            }
            return
        }
    }

    private static func path(_ line: ArraySlice<UInt8>) -> String? {
        var bytes = line
        if bytes.last == 0x0D { bytes = bytes.dropLast() }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }
}
