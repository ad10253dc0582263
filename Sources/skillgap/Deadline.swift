import Foundation

/// Ends the process with exit 65 and a message when a one-file command runs past its `--timeout`.
///
/// A timer signal (SIGALRM) rather than a Dispatch timer, which started a worker thread and an event loop (a
/// clone, an epoll, an eventfd and a timerfd) in every `check`. The handler writes the message made before the
/// timer started and calls `_exit`, the only things a signal handler may safely do; a command stuck in a PDF
/// library's loop has nothing else to save.
enum Deadline {
    /// The message the handler writes; set before the timer starts, read only by the handler.
    nonisolated(unsafe) private static var message: UnsafeMutableBufferPointer<UInt8> = .init(
        start: nil, count: 0)
    /// The status the handler exits with.
    nonisolated(unsafe) private static var exitStatus: Int32 = 65

    /// Runs `body`; past `seconds`, standard error gets `message` and the process exits with `status`.
    static func run<T>(
        seconds: Double, message text: String, status: Int32, _ body: () throws -> T
    ) rethrows -> T {
        message.deallocate()
        message = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: text.utf8.count)
        _ = message.initialize(from: text.utf8)
        exitStatus = status
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            _ = write(STDERR_FILENO, Deadline.message.baseAddress, Deadline.message.count)
            _exit(Deadline.exitStatus)
        }
        sigemptyset(&action.sa_mask)
        sigaction(SIGALRM, &action, nil)
        arm(seconds: seconds)
        defer { arm(seconds: 0) }
        return try body()
    }

    /// Starts the one real-time timer for `seconds`, or stops it for 0.
    private static func arm(seconds: Double) {
        let whole = seconds.rounded(.down)
        var timer = itimerval()
        timer.it_value.tv_sec = Int(min(whole, Double(Int32.max)))
        timer.it_value.tv_usec = Int((seconds - whole) * 1_000_000)
        setitimer(__itimer_which_t(ITIMER_REAL.rawValue), &timer, nil)
    }
}
