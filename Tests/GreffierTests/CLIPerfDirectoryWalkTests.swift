import Foundation
import Testing

@testable import Greffier
@testable import GreffierCLI

/// The directory walk lists with `readdir` and `d_type`, asks about and opens entries by their
/// names in their open directory, and may open files as it finds them: it must find exactly
/// what the walk it replaced found (`ReferenceDirectoryWalk`), in the same order, with the same
/// sizes, and the records of files it opened must be those of the files read by their paths.
@Suite struct CLIPerfDirectoryWalkTests {
    /// A tree with every kind of entry the walk tells apart.
    static func awkwardTree() throws -> TemporaryFolder {
        let folder = try TemporaryFolder("greffier-walk-awkward")
        let files = FileManager.default
        func directory(_ path: String) throws {
            try files.createDirectory(atPath: folder.path + "/" + path, withIntermediateDirectories: true)
        }
        func link(_ path: String, to destination: String) throws {
            try files.createSymbolicLink(atPath: folder.path + "/" + path, withDestinationPath: destination)
        }
        let names = [
            "a.txt", "A.TXT", "b.Txt", ".hidden.txt", "a-b.txt", "a b.txt", "_.txt", "z~.txt", "notes.md", "txt",
            ".txt", "a.txt.bak", "empty.txt", "é.txt", "e\u{301}.txt", "Å.txt", "ö.TXT",
        ]
        for (index, name) in names.enumerated() {
            _ = try folder.file(name, name == "empty.txt" ? [] : Array(repeating: 0x61, count: index * 37 + 1))
        }
        try directory("a")
        _ = try folder.file("a/x.txt", Array("dans a\n".utf8))
        try directory("sub/deep")
        _ = try folder.file("sub/x.txt", Array("x\n".utf8))
        _ = try folder.file("sub/deep/y.txt", Array("y\n".utf8))
        try directory("empty")
        try directory("dir.txt")
        _ = try folder.file("dir.txt/inside.txt", Array("inside\n".utf8))
        try link("link.txt", to: "a.txt")
        try link("LINK.TXT", to: "sub/x.txt")
        try link("linkdir", to: "sub")
        try link("linkdir.txt", to: "sub")
        try link("dangling.txt", to: "nowhere.txt")
        try link("loop", to: ".")
        #expect(mkfifo(folder.path + "/fifo.txt", 0o644) == 0)
        // A name that is not UTF-8 ("caf\u{E9}.txt" in Latin-1): never listed.
        let latin1: [CChar] = Array("caf".utf8CString.dropLast()) + [CChar(bitPattern: 0xE9)] + Array(".txt".utf8CString)
        let parent = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        let created = latin1.withUnsafeBufferPointer { openat(parent, $0.baseAddress!, O_CREAT | O_WRONLY | O_CLOEXEC, 0o644) }
        close(parent)
        #expect(created >= 0)
        close(created)
        // Deeper than the levels that keep their directory open.
        var deep = "chain"
        for level in 0..<(DirectoryListing.openDepth + 6) {
            try directory(deep)
            if level % 5 == 0 || level > DirectoryListing.openDepth - 3 {
                _ = try folder.file(deep + "/f\(level).txt", Array("niveau \(level)\n".utf8))
            }
            deep += "/d"
        }
        // Enough entries in one directory for the sort to matter.
        try directory("many")
        for index in (0..<300).reversed() {
            _ = try folder.file("many/n\(index * 7919 % 1000).txt", Array(repeating: 0x62, count: index))
        }
        return folder
    }

    /// A path as its bytes: strings compare equal under canonical equivalence (`é`, `e\u{301}`),
    /// the walk's order and paths must be the same bytes.
    struct Found: Equatable {
        let path: [UInt8]
        let size: Int

        init(path: String, size: Int) {
            self.path = Array(path.utf8)
            self.size = size
        }
    }

    static func reference(_ root: String) -> (found: [Found], any: Bool) {
        var walk = ReferenceDirectoryWalk(root: root)
        var found: [Found] = []
        while let path = walk.next() { found.append(Found(path: path, size: walk.lastSize)) }
        return (found, walk.foundAny)
    }

    /// What the walk finds, and the files it opened, checked as it goes.
    static func walked(_ root: String, opensFiles: Bool) -> (found: [Found], any: Bool, opened: [String]) {
        var walk = DirectoryWalk(root: root, opensFiles: opensFiles)
        var found: [Found] = []
        var opened: [String] = []
        while let path = walk.next() {
            found.append(Found(path: path, size: walk.lastSize))
            if let file = walk.lastOpened {
                opened.append(path)
                #expect(file.path == path)
                #expect(file.size == walk.lastSize)
                var status = stat()
                #expect(fstat(file.descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFREG)
            }
        }
        return (found, walk.foundAny, opened)
    }

    @Test(arguments: [false, true])
    func findsWhatTheFormerWalkFound(opensFiles: Bool) throws {
        let folder = try Self.awkwardTree()
        let roots = [folder.path, folder.path + "/", folder.path + "/empty", folder.path + "/sub", folder.path + "/linkdir",
                     folder.path + "/chain", folder.path + "/many", Hostile.root.appendingPathComponent("corpus/texts").path]
        for root in roots {
            let expected = Self.reference(root)
            let walked = Self.walked(root, opensFiles: opensFiles)
            #expect(walked.found == expected.found, "\(root)")
            #expect(walked.any == expected.any, "\(root)")
            if opensFiles {
                // Every regular file is opened; a link is left to be opened by its path.
                let regular = expected.found.map { String(decoding: $0.path, as: UTF8.self) }.filter { path in
                    var status = stat()
                    return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
                }
                #expect(walked.opened.sorted() == regular.sorted(), "\(root)")
            } else {
                #expect(walked.opened.isEmpty)
            }
        }
        let all = Self.reference(folder.path).found.map(\.path)
        #expect(all.contains(Array((folder.path + "/link.txt").utf8)) && all.contains(Array((folder.path + "/dir.txt/inside.txt").utf8)))
        #expect(all.count == Set(all).count && all.count > 330)
    }

    /// The walk's files read as `extract` reads them, opened ahead or not: the same records,
    /// the same groups.
    @Test func openedFilesGiveTheRecordsOfFilesReadByPath() throws {
        let folder = try Self.awkwardTree()
        for root in [folder.path, Hostile.root.appendingPathComponent("corpus/texts").path] {
            var byPath = InputGroups(InputWalk(paths: [root]), size: 8, bytes: 2_000)
            var opened = InputGroups(InputWalk(paths: [root], opensFiles: true), size: 8, bytes: 2_000)
            var openedAny = false
            while true {
                let expected = byPath.next(), group = opened.next()
                #expect(expected?.map(\.path) == group?.map(\.path))
                guard let expected, let group else { break }
                openedAny = openedAny || group.contains { if case .opened = $0 { true } else { false } }
                let limits = ExtractionLimits(maxBytes: 5_000, maxDuration: nil)
                #expect(ExtractCommand.read(group, limits: limits).map(\.compactJSON)
                        == ExtractCommand.read(expected, limits: limits).map(\.compactJSON))
            }
            #expect(openedAny)
        }
    }

    /// Files are opened ahead only while every job's group fits well within the limit on open
    /// files.
    @Test func opensAheadOnlyWithinTheLimitOnOpenFiles() {
        #expect(ExtractCommand.opensAhead(jobs: Int.max) == false)
        var limit = rlimit()
        #expect(getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0)
        let available = Int(clamping: limit.rlim_cur) - 2 * DirectoryListing.openDepth - 64
        let most = (available - 1) / (InputGroups.standardSize + 1)
        if most >= 1 {
            #expect(ExtractCommand.opensAhead(jobs: 1))
            #expect(ExtractCommand.opensAhead(jobs: most))
        }
        #expect(ExtractCommand.opensAhead(jobs: most + 1) == false)
    }
}
