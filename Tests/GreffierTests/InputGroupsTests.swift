import Foundation
import Testing

@testable import Greffier
@testable import GreffierCLI

/// `extract` takes inputs a few at a time when taking one never waits, reads them together, and
/// gives the records it would give reading each alone.
@Suite struct InputGroupsTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder("greffier-groups")
    }

    @Test(arguments: [1, 3, 8])
    func groupsKeepEveryInputInOrder(size: Int) throws {
        let paths = try (0..<11).map { try folder.file("f\($0).txt", Array("texte \($0)\n".utf8)) }
        var groups = InputGroups(InputWalk(paths: paths), size: size)
        var seen: [[Input]] = []
        while let group = groups.next() { seen.append(group) }
        #expect(seen.flatMap { $0 } == paths.map { .file($0) })
        #expect(seen.dropLast().allSatisfy { $0.count == size })
        #expect(seen.last.map { (1...size).contains($0.count) } == true)
    }

    /// Standard input and a pipe go alone: the records before them are written without
    /// waiting for another program.
    @Test func inputsThatMayWaitGoAlone() throws {
        let a = try folder.file("a.txt", Array("a\n".utf8)), b = try folder.file("b.txt", Array("b\n".utf8))
        let c = try folder.file("c.txt", Array("c\n".utf8))
        let fifo = folder.appendingPathComponent("fifo.txt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        var groups = InputGroups(InputWalk(paths: [a, "-", b, c, fifo, a, folder.path + "/missing.txt"]))
        var seen: [[Input]] = []
        while let group = groups.next() { seen.append(group) }
        #expect(seen == [[.file(a)], [.standardInput], [.file(b), .file(c)], [.file(fifo)],
                         [.file(a), .failed(path: folder.path + "/missing.txt", code: .inputNotFound,
                                            message: "le fichier n'existe pas")]])
    }

    /// A group closes once its files reach the byte budget, and a file that large goes alone,
    /// whether named or found in a directory: a few large files spread over the jobs.
    @Test(arguments: [false, true])
    func largeFilesGoAloneAndGroupsStaySmall(inDirectory: Bool) throws {
        let sizes = [3, 3, 3, 3, 3, 12, 3, 10, 2, 9, 1]
        let subfolder = folder.appendingPathComponent("sized")
        try FileManager.default.createDirectory(at: subfolder, withIntermediateDirectories: true)
        let paths = try sizes.enumerated().map { index, size in
            let path = subfolder.appendingPathComponent("f\(index + 10).txt").path
            try Data(repeating: 0x61, count: size).write(to: URL(fileURLWithPath: path))
            return path
        }
        let walk = InputWalk(paths: inDirectory ? [subfolder.path] : paths)
        var groups = InputGroups(walk, size: 8, bytes: 10)
        var seen: [[Input]] = []
        while let group = groups.next() { seen.append(group) }
        let expected = [[0, 1, 2, 3], [4], [5], [6], [7], [8, 9], [10]].map { $0.map { Input.file(paths[$0]) } }
        #expect(seen == expected)
    }

    @Test func aListInAFileNeverWaitsButOneThroughAPipeMay() throws {
        let listPath = try folder.file("list", Array("a.txt\n".utf8))
        #expect(InputWalk(paths: [], list: PathList(path: listPath)).neverWaits)
        #expect(InputWalk(paths: ["x.txt"]).neverWaits)
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        let list = PathList(path: "/dev/fd/\(ends[0])")
        #expect(list != nil)
        #expect(InputWalk(paths: [], list: list).neverWaits == false)
    }

    /// Readable, missing, too large and unreadable inputs mixed, and more bytes than one group
    /// holds (`ExtractCommand.groupBytes`): the records of `read` on each, in order.
    @Test func readingAGroupGivesTheRecordsOfEachInput() throws {
        let corpus = Hostile.corpusNames.prefix(3).map(Hostile.corpusText)
        let big = [UInt8](repeating: 0x61, count: ExtractCommand.groupBytes / 2 + 1)
        let inputs: [Input] = [
            .file(try folder.file("a.txt", corpus[0])),
            .file(folder.appendingPathComponent("missing.txt").path),
            .file(try folder.file("b.txt", big)),
            .failed(path: "gone.txt", code: .inputNotFound, message: "le fichier n'existe pas"),
            .file(try folder.file("c.txt", corpus[1])),
            .file(try folder.file("d.txt", big)),
            .file(try folder.file("e.txt", big)),
            .file(folder.path),
            .file(try folder.file("f.txt", corpus[2])),
        ]
        let limits = ExtractionLimits(maxBytes: 3 << 20, maxDuration: nil)
        let together = ExtractCommand.read(inputs, limits: limits)
        let alone = inputs.map { ExtractCommand.read($0, limits: limits) }
        #expect(together.map(\.compactJSON) == alone.map(\.compactJSON))
        #expect(together.map(\.source.path) == inputs.map(\.path))
    }
}

extension Input {
    var path: String {
        switch self {
        case .file(let path): return path
        case .opened(let file): return file.path
        case .standardInput: return "-"
        case .failed(let path, _, _): return path
        }
    }
}
