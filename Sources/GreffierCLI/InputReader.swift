import Foundation
import Greffier

/// Reads one input's bytes straight into the array the pipeline reads: one copy in memory
/// (not a `Data` and then an array of it), and never more than the size limit plus one byte.
///
/// A regular file larger than the limit is refused from its size alone, unread. Anything else
/// given by name (a pipe of `<(...)`, a device such as /dev/zero, standard input) is read in
/// blocks up to the limit: an endless stream ends as `input.too-large`, not as a hang.
enum InputReader {
    enum Outcome {
        case bytes([UInt8])
        /// Larger than the limit: its size, or how much was read before giving up.
        case tooLarge(size: Int)
        /// Why it could not be read, in French for the record.
        case unreadable(String)
    }

    /// Bytes read at a time from a stream.
    private static let block = 1 << 16

    static func read(path: String, maxBytes: Int) -> Outcome {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .unreadable(reason(errno)) }
        defer { close(descriptor) }
        return read(descriptor: descriptor, maxBytes: maxBytes)
    }

    static func read(descriptor: Int32, maxBytes: Int) -> Outcome {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .unreadable(reason(errno)) }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            return .unreadable("c'est un dossier")
        case S_IFREG:
            return read(regular: descriptor, size: Int(status.st_size), maxBytes: maxBytes)
        default:
            return stream(descriptor, expected: block, sizeKnown: false, maxBytes: maxBytes)
        }
    }

    /// A file the directory walk opened, its size known from then.
    static func read(opened file: OpenedFile, maxBytes: Int) -> Outcome {
        read(regular: file.descriptor, size: file.size, maxBytes: maxBytes)
    }

    private static func read(regular descriptor: Int32, size: Int, maxBytes: Int) -> Outcome {
        if size > maxBytes { return .tooLarge(size: size) }
        // The file may grow while it is read: the stream reading below stops at the limit.
        return stream(descriptor, expected: size, sizeKnown: size > 0, maxBytes: maxBytes)
    }

    /// Reads to the end, or to one byte past `maxBytes`. With `sizeKnown` (a regular file of
    /// `expected` bytes, not one of those that report no size, as in /proc), a read that
    /// brings the bytes up to exactly that size and short of the byte more asked for has met
    /// the end: no second read to be told so (one system call less per file). A file that
    /// grew fills the byte more and is read on; one read short of its size is read on too.
    private static func stream(_ descriptor: Int32, expected: Int, sizeKnown: Bool, maxBytes: Int) -> Outcome {
        // The expected size and one byte more are read straight into the array: no zeroed
        // block, no copy (they cost more than reading a small file). Only a file that grew, or
        // a stream longer than a block, goes on below.
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: min(expected, maxBytes) + 1) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < buffer.count {
                let read = Foundation.read(descriptor, base + count, buffer.count - count)
                if read < 0, errno == EINTR { continue }
                if read < 0 { failure = errno }
                if read <= 0 { return }
                count += read
                if sizeKnown, count == expected { return }
            }
        }
        if failure != 0 { return .unreadable(reason(failure)) }
        if bytes.count <= min(expected, maxBytes) { return .bytes(bytes) }
        var chunk = [UInt8](repeating: 0, count: block)
        while bytes.count <= maxBytes {
            let wanted = min(block, maxBytes + 1 - bytes.count)
            let count = chunk.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress, wanted)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .unreadable(reason(errno))
            }
            if count == 0 { return .bytes(bytes) }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return .tooLarge(size: bytes.count)
    }

    /// The system's reason, in the record's language.
    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "le fichier a disparu avant d'être lu"
        case EACCES, EPERM: "lecture non autorisée"
        case EISDIR: "c'est un dossier"
        default: "le fichier n'a pas pu être lu (\(String(cString: strerror(code))))"
        }
    }
}
