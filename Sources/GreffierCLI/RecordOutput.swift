import Foundation

/// Where `extract` writes: a file descriptor (standard output, or the temporary file of
/// `--output`), through a buffer so that 10,000 small records are not 10,000 system calls; or
/// an `OutputSink` that captures text in tests.
///
/// Used by one thread at a time: the one delivering records (`OrderedPipeline`), then the
/// calling thread once the workers are done.
final class RecordOutput {
    private enum Destination {
        case descriptor(Int32)
        case sink(OutputSink)
    }

    private let destination: Destination
    private var buffer: [UInt8] = []
    private let flushAt = 64 * 1024
    /// Why the last write failed (`strerror`), once one has.
    private(set) var failure: String?
    /// Its `errno`: `EPIPE` when the reader went away (`| head -1`).
    private(set) var failureCode: Int32?

    init(descriptor: Int32) {
        destination = .descriptor(descriptor)
        buffer.reserveCapacity(flushAt * 2)
    }

    init(sink: OutputSink) {
        destination = .sink(sink)
    }

    /// Buffers `text`, writing the buffer out once it is full; false once a write has failed.
    @discardableResult
    func write(_ text: String) -> Bool {
        write(Array(text.utf8))
    }

    /// Buffers `bytes` (UTF-8 text), writing the buffer out once it is full; false once a
    /// write has failed.
    @discardableResult
    func write(_ bytes: [UInt8]) -> Bool {
        guard failure == nil else { return false }
        switch destination {
        case .sink(let sink):
            sink.write(String(decoding: bytes, as: UTF8.self))
            return true
        case .descriptor:
            buffer.append(contentsOf: bytes)
            return buffer.count < flushAt || flush()
        }
    }

    /// Writes out what is buffered; false when the write failed (disk full, file too large).
    @discardableResult
    func flush() -> Bool {
        guard failure == nil else { return false }
        guard case .descriptor(let descriptor) = destination, !buffer.isEmpty else { return true }
        var written = 0
        while written < buffer.count {
            let count = buffer.withUnsafeBytes { bytes -> Int in
                guard let base = bytes.baseAddress else { return 0 }
                return Foundation.write(descriptor, base + written, bytes.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                failureCode = errno
                failure = String(cString: strerror(errno))
                return false
            }
            written += count
        }
        buffer.removeAll(keepingCapacity: true)
        return true
    }
}
