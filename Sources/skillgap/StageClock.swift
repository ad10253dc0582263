import Foundation

/// Sums the time workers spend reading and scoring files (`--timings`).
final class StageClock: @unchecked Sendable {
    private var read: UInt64 = 0
    private var score: UInt64 = 0
    private let lock = NSLock()

    func add(read: UInt64, score: UInt64) {
        lock.lock()
        self.read += read
        self.score += score
        lock.unlock()
    }

    /// Reading and scoring per file, and scoring's share of the work; the rest of the wall time (writing
    /// outputs, waiting) is shown too.
    func summary(files: Int, jobs: Int, wall: UInt64) -> String {
        lock.lock()
        defer { lock.unlock() }
        let perFile = { (nanoseconds: UInt64) in Double(nanoseconds) / 1e6 / Double(max(1, files)) }
        let worked = Double(read + score)
        return String(
            format:
                "timings: %d files, %d jobs, %.2f s wall; per file: read %.3f ms, score %.3f ms; scoring is %.1f%% of the work\n",
            files, jobs, Double(wall) / 1e9, perFile(read), perFile(score),
            worked > 0 ? 100 * Double(score) / worked : 0)
    }
}
