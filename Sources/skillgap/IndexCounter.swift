import Foundation

/// Hands out 0, 1, 2, ... to worker threads.
final class IndexCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func next(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}
