import Foundation

/// Reads greffier's summary line (`greffier: 10000 documents, …; 52 s, 2.3 MB/s, peak 23.4 MB`).
enum SummaryLine {
    /// The peak resident memory it reports, in bytes (MB = 10⁶ bytes).
    static func peakMemory(inFile path: String) -> Int? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
            let range = text.range(of: ", peak ", options: .backwards)
        else { return nil }
        let number = text[range.upperBound...].prefix { $0.isNumber || $0 == "." }
        return Double(number).map { Int($0 * 1e6) }
    }
}
