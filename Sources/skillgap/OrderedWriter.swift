import Foundation

/// Writes per-file output in input order although workers finish out of order: each piece waits only
/// until the pieces before it are written, so memory holds a few pieces, not the whole batch.
final class OrderedWriter: @unchecked Sendable {
    private let handle: FileHandle
    private let name: String
    private let separator: String
    private var pending: [Int: String] = [:]
    private var next = 0
    private let lock = NSLock()

    init(handle: FileHandle, name: String, separator: String) {
        self.handle = handle
        self.name = name
        self.separator = separator
    }

    func put(_ index: Int, _ text: String) {
        lock.lock()
        defer { lock.unlock() }
        pending[index] = text
        while let ready = pending.removeValue(forKey: next) {
            OutputFile.write((next > 0 ? separator : "") + ready, to: handle, name: name)
            next += 1
        }
    }
}
