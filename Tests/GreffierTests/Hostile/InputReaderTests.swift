import Foundation
import Testing

@testable import Greffier
@testable import GreffierCLI

/// Reading inputs as `extract` does: once, capped, and into an error record when the file is
/// gone or has changed into something unreadable since it was listed.
@Suite struct InputReaderTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder("greffier-reader")
    }

    @Test func readsAFileWhole() throws {
        let path = try folder.file("a.txt", Array("NOR : TSSZ2530440X\n".utf8))
        guard case .bytes(let bytes) = InputReader.read(path: path, maxBytes: 100) else {
            Issue.record("not read")
            return
        }
        #expect(bytes == Array("NOR : TSSZ2530440X\n".utf8))
    }

    @Test func refusesALargerFileFromItsSize() throws {
        let path = try folder.file("big.txt", Array(repeating: 0x61, count: 101))
        guard case .tooLarge(let size) = InputReader.read(path: path, maxBytes: 100) else {
            Issue.record("not refused")
            return
        }
        #expect(size == 101)
        guard case .bytes = InputReader.read(path: path, maxBytes: 101) else {
            Issue.record("a file at the limit is read")
            return
        }
    }

    @Test func stopsAnEndlessStreamAtTheLimit() {
        guard case .tooLarge(let size) = InputReader.read(path: "/dev/zero", maxBytes: 200_000) else {
            Issue.record("not stopped")
            return
        }
        #expect(size == 200_001)
    }

    /// A regular file is read whole whatever its size, its end told by the read that reaches
    /// its size (one system call) or, at size 0, by the read that brings nothing.
    @Test(arguments: [0, 1, 4095, 65_536, 65_537, 200_003])
    func readsARegularFileWhole(_ length: Int) throws {
        let written = (0..<length).map { UInt8(truncatingIfNeeded: $0 % 251) }
        let path = try folder.file("sized-\(length).txt", written)
        guard case .bytes(let bytes) = InputReader.read(path: path, maxBytes: 1_000_000) else {
            Issue.record("not read")
            return
        }
        #expect(bytes == written)
    }

    /// A regular file that reports no size (/proc) is read to its end, not to its size.
    @Test func readsAFileReportingNoSizeWhole() throws {
        let path = "/proc/self/mounts"
        guard FileManager.default.fileExists(atPath: path),
            let expected = FileManager.default.contents(atPath: path), !expected.isEmpty
        else { return }
        guard case .bytes(let bytes) = InputReader.read(path: path, maxBytes: 10_000_000) else {
            Issue.record("not read")
            return
        }
        #expect(!bytes.isEmpty)
        #expect(bytes == Array(expected))
    }

    /// A stream (a pipe) is read whole whatever its length: shorter than one block, exactly
    /// one, and several blocks, in the order written.
    @Test(arguments: [0, 1, 65_536, 65_537, 200_003])
    func readsAPipeWhole(_ length: Int) throws {
        let pipe = Pipe()
        let written = (0..<length).map { UInt8(truncatingIfNeeded: $0 % 251) }
        let writer = Thread {
            pipe.fileHandleForWriting.write(Data(written))
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        let outcome = InputReader.read(descriptor: pipe.fileHandleForReading.fileDescriptor, maxBytes: 1_000_000)
        guard case .bytes(let bytes) = outcome else {
            Issue.record("not read")
            return
        }
        #expect(bytes == written)
    }

    /// Listed, then deleted before its turn came: an error record, not a crash.
    @Test func aFileGoneSinceListingGetsAnErrorRecord() throws {
        let path = try folder.file("gone.txt", Array("texte".utf8))
        let input = Input.file(path)
        try FileManager.default.removeItem(atPath: path)
        let record = ExtractCommand.read(input)
        #expect(record.error?.code == .inputUnreadable)
        #expect(record.error?.message == "le fichier a disparu avant d'être lu")
    }

    /// Listed, then replaced by a folder of the same name.
    @Test func aFileTurnedIntoAFolderGetsAnErrorRecord() throws {
        let path = try folder.file("moved.txt", Array("texte".utf8))
        let input = Input.file(path)
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        let record = ExtractCommand.read(input)
        #expect(record.error?.code == .inputUnreadable)
        #expect(record.error?.message == "c'est un dossier")
    }

    @Test func theCommandLineLimitsReachTheLibrary() throws {
        let path = try folder.file("b.txt", Array(repeating: 0x61, count: 50))
        let limits = ExtractionLimits(maxBytes: 10, maxDuration: nil)
        #expect(ExtractCommand.read(.file(path), limits: limits).error?.code == .inputTooLarge)
        #expect(ExtractCommand.read(.file(path)).error == nil)
    }

    @Test(arguments: [
        ("64M", 64 << 20 as Int?), ("500K", 500 << 10), ("1G", 1 << 30), ("1048576", 1_048_576), ("2k", 2048),
        ("none", nil),
    ])
    func parsesSizes(text: String, bytes: Int?) throws {
        #expect(try LimitArguments.bytes(text).get() == bytes)
    }

    @Test(arguments: ["", "M", "0", "-1", "+5", "1.5M", "1T", "9999999999999G", "lots"])
    func refusesBadSizes(text: String) {
        #expect(throws: UsageError.self) { try LimitArguments.bytes(text).get() }
    }

    @Test(arguments: [("10", Duration.seconds(10) as Duration?), ("0.5", .milliseconds(500)), ("none", nil)])
    func parsesSeconds(text: String, duration: Duration?) throws {
        #expect(try LimitArguments.seconds(text).get() == duration)
    }

    @Test(arguments: ["0", "-2", "inf", "nan", "soon", "1e9"])
    func refusesBadSeconds(text: String) {
        #expect(throws: UsageError.self) { try LimitArguments.seconds(text).get() }
    }

    @Test func theOptionsDefaultToTheStandardLimits() throws {
        let defaults = try ExtractOptions.parse(["x.txt"]).get()
        #expect(defaults.limits == .standard)
        let given = try ExtractOptions.parse(["--max-bytes", "1M", "--max-seconds-per-document=2.5", "x.txt"]).get()
        #expect(given.limits == ExtractionLimits(maxBytes: 1 << 20, maxDuration: .milliseconds(2500)))
    }
}
