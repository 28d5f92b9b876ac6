import Foundation

/// The process's peak resident memory, for the summary line: batch operators size machines by
/// it, and the benchmark reads it there (a parent's `wait4` figure also counts the memory the
/// child shared with it before `exec`, which inflates it by the parent's size).
enum PeakMemory {
    /// `VmHWM` of /proc/self/status in bytes; nil where there is no /proc (not Linux).
    static func bytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            // `VmHWM:     23456 kB`
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 2, let kilobytes = Int(fields[1]) else { return nil }
            return kilobytes * 1024
        }
        return nil
    }
}
