import Foundation

/// The first error a worker thread met starting its process.
final class StartFailure: @unchecked Sendable {
    private var first: String?
    private let lock = NSLock()

    func set(_ message: String) {
        lock.lock()
        if first == nil { first = message }
        lock.unlock()
    }

    var message: String? {
        lock.lock()
        defer { lock.unlock() }
        return first
    }
}
