import Foundation

/// `--output FILE`: the records go to a temporary file beside FILE (same folder, so same file
/// system), which is flushed to disk and renamed over FILE only once every record is in it.
/// Whatever stops the run first (a failed write, a full disk, Ctrl-C, `kill`), FILE is left as
/// it was and the temporary file is removed.
///
/// A FILE that exists but is not a regular file (`/dev/null`, a named pipe) cannot be replaced
/// by a rename; it is written directly.
final class AtomicOutputFile: @unchecked Sendable {
    // `@unchecked Sendable`: `finished` is guarded by `lock`; the rest is immutable. The
    // interrupt handler runs on another thread than the writer.

    let target: String
    /// Nil when writing directly to a target that is not a regular file.
    let temporary: String?
    let descriptor: Int32
    private let lock = NSLock()
    private var finished = false

    private init(target: String, temporary: String?, descriptor: Int32) {
        self.target = target
        self.temporary = temporary
        self.descriptor = descriptor
    }

    /// Creates the temporary file, or says in a sentence why it cannot be.
    static func create(_ target: String) -> Result<AtomicOutputFile, UsageError> {
        switch FileKind.of(target, followingLinks: true) {
        case .directory:
            return .failure(.init("--output \(target) is a folder, not a file"))
        case .other:
            let descriptor = open(target, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return .failure(.init("--output \(target): \(String(cString: strerror(errno)))")) }
            return .success(AtomicOutputFile(target: target, temporary: nil, descriptor: descriptor))
        case .missing, .file:
            break
        }
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        var template = Array((folder + "/." + url.lastPathComponent + ".greffier-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard descriptor >= 0 else {
            return .failure(.init("--output \(target): cannot create a file in \(folder) (\(String(cString: strerror(errno))))"))
        }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // mkstemp makes the file private (0600); give it the mode FILE has, or a new file's.
        fchmod(descriptor, modeForTarget(target))
        return .success(AtomicOutputFile(target: target, temporary: temporary, descriptor: descriptor))
    }

    /// Puts the finished file in place of FILE: flush to disk, close, rename. The error message
    /// when that fails, in which case FILE is untouched and the temporary file removed.
    func commit() -> String? {
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return nil }
        finished = true
        guard let temporary else {
            return close(descriptor) == 0 ? nil : String(cString: strerror(errno))
        }
        if fsync(descriptor) != 0 || close(descriptor) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            return reason
        }
        if rename(temporary, target) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            return reason
        }
        return nil
    }

    /// Abandons the run's output: FILE stays as it was.
    func discard() {
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return }
        finished = true
        close(descriptor)
        if let temporary { unlink(temporary) }
    }

    /// The permissions of an existing FILE, else those a new file gets under the umask.
    private static func modeForTarget(_ target: String) -> mode_t {
        var status = stat()
        if stat(target, &status) == 0 { return status.st_mode & 0o7777 }
        let mask = umask(0o022)
        umask(mask)
        return 0o666 & ~mask
    }
}
