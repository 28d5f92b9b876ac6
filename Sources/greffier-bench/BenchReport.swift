import Foundation

/// The figures of one benchmark run, printed as aligned tables and a verdict per target.
struct BenchReport {
    struct Pass {
        let name: String
        let seconds: Double
        let documents: Int
        let bytes: Int
        /// Nil when not measured (an in-process pass).
        let peakMemory: Int?
        var megabytesPerSecond: Double { Double(bytes) / 1e6 / seconds }
        var documentsPerSecond: Double { Double(documents) / seconds }
    }

    struct SingleInput {
        let megabytes: Int
        let bytes: Int
        let seconds: Double
        let peakMemory: Int?
        var secondsPerMegabyte: Double { seconds / (Double(bytes) / 1e6) }
    }

    var passes: [Pass] = []
    var singles: [SingleInput] = []

    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }

    func table() -> String {
        var lines = [pad("pass", 34) + pad("seconds", 9, right: true) + pad("docs/s", 9, right: true)
                     + pad("MB/s", 8, right: true) + pad("peak RSS", 11, right: true)]
        for pass in passes {
            lines.append(pad(pass.name, 34) + pad(String(format: "%.2f", pass.seconds), 9, right: true)
                         + pad(String(format: "%.0f", pass.documentsPerSecond), 9, right: true)
                         + pad(String(format: "%.1f", pass.megabytesPerSecond), 8, right: true)
                         + pad(pass.peakMemory.map(Self.megabytes) ?? "-", 11, right: true))
        }
        if !singles.isEmpty {
            lines.append("")
            lines.append(pad("single input (greffier, 1 job)", 34) + pad("seconds", 9, right: true)
                         + pad("s/MB", 9, right: true) + pad("MB/s", 8, right: true) + pad("peak RSS", 11, right: true))
            for single in singles {
                lines.append(pad("\(single.megabytes) MB of concatenated documents", 34)
                             + pad(String(format: "%.2f", single.seconds), 9, right: true)
                             + pad(String(format: "%.4f", single.secondsPerMegabyte), 9, right: true)
                             + pad(String(format: "%.1f", 1 / single.secondsPerMegabyte), 8, right: true)
                             + pad(single.peakMemory.map(Self.megabytes) ?? "-", 11, right: true))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Each target of issue 7 with the measured value and whether it is met.
    func verdicts(wc: Pass?, oneJob: Pass?, allCores: Pass?, cores: Int) -> String {
        var lines: [String] = []
        func verdict(_ met: Bool) -> String { met ? "met" : "NOT met" }
        if let wc, let oneJob {
            let ratio = oneJob.megabytesPerSecond / wc.megabytesPerSecond
            lines.append(String(format: "one job ≥ 0.5× wc -w throughput: %.3f× (%.1f vs %.1f MB/s): %@", ratio,
                                oneJob.megabytesPerSecond, wc.megabytesPerSecond, verdict(ratio >= 0.5)))
        }
        if let oneJob, let allCores, cores > 1 {
            let ratio = allCores.megabytesPerSecond / oneJob.megabytesPerSecond
            // Three decimals: 1.799 must not print as a failing "1.80".
            lines.append(String(format: "%d jobs ≥ 1.8× one job: %.3f×: %@", cores, ratio, verdict(ratio >= 1.8)))
        }
        let peak = [oneJob, allCores].compactMap { $0?.peakMemory }.max()
        if let peak {
            lines.append("peak memory < 100 MB on the batch: \(Self.megabytes(peak)): \(verdict(peak < 100_000_000))")
        }
        if let first = singles.first, let last = singles.last, singles.count > 1 {
            let ratio = last.secondsPerMegabyte / first.secondsPerMegabyte
            lines.append(String(format: "time per MB at %d MB within 1.2× of %d MB: %.3f×: %@", last.megabytes, first.megabytes,
                                ratio, verdict(ratio <= 1.2)))
        }
        return lines.map { "  " + $0 }.joined(separator: "\n")
    }

    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let count = text.count
        guard count < width else { return right ? " " + text : text + " " }
        let padding = String(repeating: " ", count: width - count)
        return right ? padding + text : text + padding
    }
}
