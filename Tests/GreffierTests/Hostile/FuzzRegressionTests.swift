import Foundation
import Testing

@testable import Greffier

/// Replays every input the fuzzer ever found harmful (`Tests/Fuzz/Regressions`), and the
/// corpus texts it starts from: each must give a sound record.
@Suite struct FuzzRegressionTests {
    static let directory = Hostile.root.appendingPathComponent("Tests/Fuzz/Regressions")

    static var inputs: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0 != "README.md" && !$0.hasPrefix(".") }.sorted()
    }

    @Test func theDirectoryIsThere() {
        #expect(FileManager.default.fileExists(atPath: Self.directory.appendingPathComponent("README.md").path))
    }

    @Test(arguments: inputs)
    func replays(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.directory.appendingPathComponent(name)))
        let record = Greffier.extract(bytes: bytes, path: name)
        Hostile.expectSound(record, bytes)
        // As the command line runs it too: limits must not change what holds.
        Hostile.expectSound(Greffier.extract(bytes: bytes, path: name, limits: .standard), bytes)
    }

    /// The fuzz target's own check, on the texts it starts from.
    @Test(arguments: ["000_66948a5937086540", "001_3dd1662a2dcbaa88", "002_e3f094db52d29598",
                      "003_9cd4d8c5901bd0e5", "004_bca018314a81e3b1"])
    func corpusRecordsAreSound(_ name: String) {
        let bytes = Hostile.corpusText(name)
        Hostile.expectSound(Hostile.extract(bytes), bytes)
    }
}
