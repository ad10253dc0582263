import Foundation
import SkillgapCore

/// Rows by input index, filled from worker threads.
final class RowStore: @unchecked Sendable {
    private var rows: [RankingRow?]
    private let lock = NSLock()

    init(count: Int) { rows = Array(repeating: nil, count: count) }

    func set(_ row: RankingRow) {
        lock.lock()
        rows[row.index] = row
        lock.unlock()
    }

    var all: [RankingRow] {
        lock.lock()
        defer { lock.unlock() }
        return rows.compactMap { $0 }
    }
}
