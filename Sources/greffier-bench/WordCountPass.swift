import Foundation

/// The floor of any text tool: read every file and count its words (runs of bytes that are not
/// ASCII white space, as `wc -w` in the C locale counts them), in this process, on one core.
enum WordCountPass {
    /// Words counted and seconds taken over `paths`.
    static func run(_ paths: [String]) -> (words: Int, seconds: Double) {
        let clock = ContinuousClock()
        let start = clock.now
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var words = 0
        for path in paths {
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { continue }
            var inWord = false
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count <= 0 { break }
                for byte in buffer[..<count] {
                    let space = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
                    if !space && !inWord { words += 1 }
                    inWord = !space
                }
            }
            close(descriptor)
        }
        let elapsed = clock.now - start
        return (words, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// `wc -w` itself over `paths`, a thousand files per invocation; total wall seconds.
    static func wc(_ paths: [String]) throws -> Double {
        var seconds = 0.0
        var start = 0
        while start < paths.count {
            let chunk = Array(paths[start..<min(paths.count, start + 1000)])
            seconds += try ChildRun.run("wc", ["-w"] + chunk).seconds
            start += 1000
        }
        return seconds
    }
}
