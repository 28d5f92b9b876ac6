import Foundation

/// Runs a program to completion and measures its wall and CPU time (from `wait4`).
///
/// Not its peak memory: on Linux a child's `ru_maxrss` also counts the parent's memory it
/// shared until `exec` (with `posix_spawn`, the whole parent), so it would report the
/// benchmark's size. greffier's own figure (`VmHWM`, in its summary line) is used instead.
struct ChildRun: Sendable {
    let status: Int32
    let seconds: Double
    let userSeconds: Double
    let systemSeconds: Double

    enum Failure: Error, CustomStringConvertible {
        case spawn(String, Int32)
        var description: String {
            switch self {
            case .spawn(let program, let code): "cannot start \(program): \(String(cString: strerror(code)))"
            }
        }
    }

    /// Runs `program` with `arguments`; standard output to `stdoutPath`, standard error to
    /// `stderrPath` (both truncated), standard input from /dev/null.
    static func run(_ program: String, _ arguments: [String], stdoutPath: String = "/dev/null",
                    stderrPath: String = "/dev/null") throws -> ChildRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let clock = ContinuousClock()
        let start = clock.now
        let code = posix_spawnp(&pid, program, &actions, nil, argv, environ)
        guard code == 0 else { throw Failure.spawn(program, code) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let elapsed = clock.now - start
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        // WEXITSTATUS, and 128 + signal for a process killed by a signal.
        let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return ChildRun(status: exitStatus, seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                        userSeconds: seconds(usage.ru_utime), systemSeconds: seconds(usage.ru_stime))
    }
}
