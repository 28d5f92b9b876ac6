import Dispatch
import Foundation

/// Runs a clean-up when the process is told to stop (Ctrl-C, `kill`, a closed terminal), then
/// dies of the same signal, so that the caller still sees why it stopped.
///
/// The clean-up runs on a dispatch queue, not in a signal handler, so it may take locks.
final class InterruptTrap: @unchecked Sendable {
    // `@unchecked Sendable`: the sources are set once in `init` and only cancelled after.

    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    private var sources: [DispatchSourceSignal] = []

    init(cleanUp: @escaping @Sendable () -> Void) {
        let queue = DispatchQueue(label: "greffier.interrupt")
        for number in Self.signals {
            // The signal must be ignored for the dispatch source to receive it instead.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                cleanUp()
                Self.dieOf(number)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Dies of signal `number`. On Linux a signal source blocks its signal (it is read from a
    /// signalfd), so it is unblocked in this thread before being raised again.
    private static func dieOf(_ number: Int32) -> Never {
        signal(number, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, number)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        raise(number)
        // Not reached once the default action has run; the conventional status otherwise.
        _exit(128 + number)
    }

    /// Back to the default behaviour: the run is over, nothing is left to clean.
    func release() {
        for source in sources { source.cancel() }
        var set = sigset_t()
        sigemptyset(&set)
        for number in Self.signals {
            signal(number, SIG_DFL)
            sigaddset(&set, number)
        }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }
}
