#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation

/// Turns Ctrl-C (SIGINT) and SIGTERM into a flag the batch loop checks between pages, so a run
/// stops cleanly: no new page starts, pages being written finish their (atomic) writes, the
/// summary is printed, and the exit status says which signal ended it. A second signal ends
/// the process at once.
final class Interruption: @unchecked Sendable {
    private let lock = NSLock()
    private var signalNumber: Int32 = 0
    private var sources: [DispatchSourceSignal] = []

    /// Starts listening for SIGINT and SIGTERM.
    init() {
        for s in [SIGINT, SIGTERM] {
            signal(s, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: s, queue: .global())
            source.setEventHandler { [self] in self.set(s) }
            source.resume()
            sources.append(source)
        }
    }

    private func set(_ s: Int32) {
        lock.lock(); defer { lock.unlock() }
        if signalNumber == 0 {
            signalNumber = s
        } else {
            // A second signal (e.g. Ctrl-C while waiting on standard input): stop at once.
            // Outputs already renamed stay; temporary files may remain.
            _exit(128 + s)
        }
    }

    /// The signal received, or nil while none has come.
    var received: Int32? {
        lock.lock(); defer { lock.unlock() }
        return signalNumber == 0 ? nil : signalNumber
    }

    /// Restores the default handlers.
    func stop() {
        for s in sources { s.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
