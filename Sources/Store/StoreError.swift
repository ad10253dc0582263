/// Why the results store could not be used, with what to do.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    /// The file could not be opened or created.
    case cannotOpen(path: String, reason: String)
    /// The SQLite library could not be loaded (it is not installed).
    case sqliteMissing(path: String, reason: String)
    /// The file is not a SQLite database, or not one that skillgap wrote.
    case notAStore(path: String, reason: String)
    /// Another process held the store locked for longer than the wait.
    case busy(path: String)
    /// A statement failed (a full disk, a read-only file...).
    case failed(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(_, let reason):
            "cannot open the results store (\(reason)); check the folder exists and is writable"
        case .sqliteMissing(_, let reason):
            "cannot open the results store: the SQLite library could not be loaded (\(reason)); install it (Debian, Ubuntu: apt-get install libsqlite3-0)"
        case .notAStore(_, let reason):
            "not a skillgap results store (\(reason)); name a new file or one an earlier `batch --db` wrote"
        case .busy:
            "the results store is busy: another batch has held it locked for too long; wait for it to finish or use another file"
        case .failed(_, let reason): "the results store failed (\(reason))"
        }
    }

    /// The store's path, for the message's prefix.
    public var path: String {
        switch self {
        case .cannotOpen(let path, _), .sqliteMissing(let path, _), .notAStore(let path, _),
            .busy(let path),
            .failed(let path, _):
            path
        }
    }
}
