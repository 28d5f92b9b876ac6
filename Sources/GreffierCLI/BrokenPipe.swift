import Foundation

/// Standard output closed early (`greffier extract ... | head -1`): the run ends as quietly as
/// with SIGPIPE's default action, whatever disposition the process inherited. A parent that
/// ignores SIGPIPE (some CI runners, `trap '' PIPE`) would otherwise see a write error message
/// and exit status 3 for a reader that merely had enough.
enum BrokenPipe {
    static func endQuietly() {
        signal(SIGPIPE, SIG_DFL)
        raise(SIGPIPE)
        // SIGPIPE blocked in the signal mask: end without a word all the same.
        exit(128 + SIGPIPE)
    }
}
