import Foundation

/// Progress on standard error while a batch runs: done/total, files per second, time left, failures.
/// Silent when standard error is not a terminal or with --quiet.
final class BatchProgress: @unchecked Sendable {
    private let total: Int
    private let enabled: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast
    private let lock = NSLock()
    private var done = 0
    private var failed = 0

    init(total: Int, quiet: Bool) {
        self.total = total
        self.enabled = !quiet && isatty(STDERR_FILENO) != 0
    }

    func finished(failed didFail: Bool) {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        if didFail { failed += 1 }
        guard enabled, done == total || Date().timeIntervalSince(lastDraw) > 0.25 else { return }
        lastDraw = Date()
        let elapsed = max(0.001, Date().timeIntervalSince(start))
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Int(Double(total - done) / rate) : 0
        let line = String(
            format: "\r%d/%d files · %.1f files/s · %d:%02d left · %d failed ", done, total, rate,
            left / 60, left % 60, failed)
        Diagnostics.write(line)
        if done == total { Diagnostics.write("\n") }
    }
}
