import Foundation

/// One result per slice of a parallel scan. Each slice writes only its own index, once, and the values are read
/// after `concurrentPerform` returns; the lock makes that hand-over explicit to the compiler and to readers.
public final class SliceResults<Value>: @unchecked Sendable {
    private var storage: [Value]
    private let lock = NSLock()

    public init(count: Int, empty: Value) {
        storage = Array(repeating: empty, count: count)
    }

    public func store(_ value: Value, at index: Int) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    public var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
