import CSQLite
import Foundation

/// The results of batches in one SQLite file (`batch --db FILE`): a row per file and target, written as each
/// file finishes, each in its own transaction. The journal is write-ahead with `synchronous=NORMAL`, so a batch
/// killed at any moment (kill -9 included) loses at most the files in flight and never leaves the file corrupt;
/// two batches may write one store at once (each waits its turn for a moment's lock).
public final class ResultStore: @unchecked Sendable {
    /// Marks a database as skillgap's ("skga"), so that another program's file is refused, not changed.
    static let applicationID: Int32 = 0x736B_6761
    static let schemaVersion = 1

    public let path: String
    private let sqlite: SQLite
    private var database: OpaquePointer?
    private let lock = NSLock()
    /// How long a statement may wait for another process's lock, in all.
    private let wait: Duration

    /// Opens the store at `path`, creating it (and its table) when it does not exist.
    /// - Parameter waitMilliseconds: how long a statement waits for another process's lock before giving up.
    public init(path: String, waitMilliseconds: Int32 = 30_000) throws {
        self.path = path
        self.wait = .milliseconds(waitMilliseconds)
        switch SQLite.library {
        case .success(let library): sqlite = library
        case .failure(let failure):
            throw StoreError.sqliteMissing(path: path, reason: failure.reason)
        }
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX
        let opened = sqlite.open(path, &database, flags, nil)
        guard opened == SQLITE_OK else {
            let reason =
                database.flatMap(sqlite.errorMessage).map { String(cString: $0) } ?? "out of memory"
            _ = sqlite.close(database)
            database = nil
            throw StoreError.cannotOpen(path: path, reason: reason)
        }
        _ = sqlite.busyTimeout(database, waitMilliseconds)
        do {
            try prepareSchema()
        } catch {
            _ = sqlite.close(database)
            database = nil
            throw error
        }
    }

    deinit { _ = sqlite.close(database) }

    private func prepareSchema() throws {
        let identity: Int
        do {
            identity = try integer("PRAGMA application_id") ?? 0
        } catch StoreError.failed(_, let reason) {
            throw StoreError.notAStore(path: path, reason: reason)
        }
        let tables = try integer("SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
        if identity != Int(Self.applicationID) && (identity != 0 || tables > 0) {
            throw StoreError.notAStore(
                path: path, reason: "another program's database (application id \(identity))")
        }
        try execute("PRAGMA journal_mode = WAL")
        try execute("PRAGMA synchronous = NORMAL")
        guard tables == 0 else {
            let version = try integer("PRAGMA user_version") ?? 0
            guard version == Self.schemaVersion else {
                throw StoreError.notAStore(
                    path: path,
                    reason:
                        "written by another skillgap (store version \(version), this one reads \(Self.schemaVersion))"
                )
            }
            return
        }
        try execute(
            """
            BEGIN IMMEDIATE;
            CREATE TABLE IF NOT EXISTS results (
                path TEXT NOT NULL,
                target TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                skillgap_version TEXT NOT NULL,
                rules_version TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('scored', 'unscored', 'failed')),
                score INTEGER,
                must_haves_met INTEGER NOT NULL,
                must_haves_total INTEGER NOT NULL,
                result TEXT NOT NULL,
                scored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
                PRIMARY KEY (path, target)
            );
            PRAGMA application_id = \(Self.applicationID);
            PRAGMA user_version = \(Self.schemaVersion);
            COMMIT;
            """)
    }

    /// Writes one file's result, replacing what the store had for it, in its own transaction.
    public func save(_ result: StoredResult) throws {
        try run(
            """
            INSERT INTO results (path, target, content_hash, skillgap_version, rules_version, status, score,
                must_haves_met, must_haves_total, result)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (path, target) DO UPDATE SET content_hash = excluded.content_hash,
                skillgap_version = excluded.skillgap_version, rules_version = excluded.rules_version,
                status = excluded.status, score = excluded.score, must_haves_met = excluded.must_haves_met,
                must_haves_total = excluded.must_haves_total, result = excluded.result,
                scored_at = excluded.scored_at
            """,
            [
                result.path, result.target, result.contentHash, result.skillgapVersion,
                result.rulesVersion, result.status, result.score, result.mustHavesMet,
                result.mustHavesTotal, result.json,
            ])
    }

    /// Every result for `target`, by path.
    public func results(target: String) throws -> [StoredResult] {
        var results: [StoredResult] = []
        try query(
            """
            SELECT path, target, content_hash, skillgap_version, rules_version, status, score, must_haves_met,
                must_haves_total, result
            FROM results WHERE target = ? ORDER BY path
            """, [target]
        ) { row in
            results.append(
                StoredResult(
                    path: row.text(0), target: row.text(1), contentHash: row.text(2),
                    skillgapVersion: row.text(3), rulesVersion: row.text(4), status: row.text(5),
                    score: row.optionalInteger(6), mustHavesMet: row.integer(7),
                    mustHavesTotal: row.integer(8), json: row.text(9)))
        }
        return results
    }

    /// The targets the store holds results for, each with its number of files.
    public func targets() throws -> [(target: String, files: Int)] {
        var targets: [(String, Int)] = []
        try query("SELECT target, count(*) FROM results GROUP BY target ORDER BY target", []) {
            targets.append(($0.text(0), $0.integer(1)))
        }
        return targets
    }

    // MARK: - Statements

    private func execute(_ sql: String) throws {
        try retryingWhileBusy {
            lock.lock()
            defer { lock.unlock() }
            var message: UnsafeMutablePointer<CChar>?
            let code = sqlite.exec(database, sql, nil, nil, &message)
            defer { sqlite.free(message) }
            guard code == SQLITE_OK else {
                // A script stopped half-way must not leave its transaction open for the next try.
                if sqlite.autocommit(database) == 0 {
                    _ = sqlite.exec(database, "ROLLBACK", nil, nil, nil)
                }
                throw error(code, message.map { String(cString: $0) })
            }
        }
    }

    /// Runs `body` again while another process holds the store locked, up to `wait` in all. SQLite's own
    /// busy handler waits too, but not in every case (changing the journal mode, upgrading a read to a
    /// write while another process writes): those are answered at once with "busy".
    private func retryingWhileBusy<T>(_ body: () throws -> T) throws -> T {
        let clock = ContinuousClock()
        let deadline = clock.now + wait
        var pause = 0.005
        while true {
            do {
                return try body()
            } catch StoreError.busy where clock.now < deadline {
                Thread.sleep(forTimeInterval: pause)
                pause = min(pause * 2, 0.2)
            }
        }
    }

    private func integer(_ sql: String) throws -> Int? {
        var value: Int?
        try query(sql, []) { value = $0.integer(0) }
        return value
    }

    private func run(_ sql: String, _ values: [(any Sendable)?]) throws {
        try query(sql, values) { _ in }
    }

    /// Prepares `sql`, binds `values` (text, integers or nil) and calls `each` for every row; waits while
    /// another process holds the store locked (`retryingWhileBusy`).
    private func query(
        _ sql: String, _ values: [(any Sendable)?], each: (Row) throws -> Void
    ) throws {
        try retryingWhileBusy { try queryOnce(sql, values, each: each) }
    }

    private func queryOnce(
        _ sql: String, _ values: [(any Sendable)?], each: (Row) throws -> Void
    ) throws {
        lock.lock()
        defer { lock.unlock() }
        var statement: OpaquePointer?
        var code = sqlite.prepare(database, sql, -1, &statement, nil)
        defer { _ = sqlite.finalize(statement) }
        guard code == SQLITE_OK else { throw error(code, nil) }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case let text as String:
                code = sqlite.bindText(statement, index, text, -1, SQLite.transient)
            case let number as Int: code = sqlite.bindInt64(statement, index, Int64(number))
            default: code = sqlite.bindNull(statement, index)
            }
            guard code == SQLITE_OK else { throw error(code, nil) }
        }
        while true {
            code = sqlite.step(statement)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw error(code, nil) }
            try each(Row(sqlite: sqlite, statement: statement))
        }
    }

    private func error(_ code: Int32, _ message: String?) -> StoreError {
        let reason =
            message ?? sqlite.errorMessage(database).map { String(cString: $0) } ?? "unknown error"
        switch code & 0xFF {
        case SQLITE_BUSY, SQLITE_LOCKED: return .busy(path: path)
        case SQLITE_NOTADB: return .notAStore(path: path, reason: reason)
        default: return .failed(path: path, reason: reason)
        }
    }

    /// A row of a result, read by column.
    private struct Row {
        let sqlite: SQLite
        let statement: OpaquePointer?

        func text(_ column: Int32) -> String {
            sqlite.columnText(statement, column).map { String(cString: $0) } ?? ""
        }

        func integer(_ column: Int32) -> Int { Int(sqlite.columnInt64(statement, column)) }

        func optionalInteger(_ column: Int32) -> Int? {
            sqlite.columnType(statement, column) == SQLITE_NULL ? nil : integer(column)
        }
    }
}
