import Foundation

/// Per-file reports that could not be written, collected from worker threads and told at the end.
final class ReportFailures: @unchecked Sendable {
    private var failures: [(file: String, message: String)] = []
    private let lock = NSLock()

    func add(file: String, _ message: String) {
        lock.lock()
        failures.append((file, message))
        lock.unlock()
    }

    var all: [(file: String, message: String)] {
        lock.lock()
        defer { lock.unlock() }
        return failures.sorted { $0.file < $1.file }
    }
}
