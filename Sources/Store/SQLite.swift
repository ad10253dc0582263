import CSQLite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The system's SQLite, loaded the first time a results store opens. Only `batch --db` and `rank --db` use it;
/// linked, it was loaded at the start of every command, and a one-page `check` paid for it (an empty C program
/// linked to poppler-glib took 5.24 ms, 5.41 ms linked to SQLite as well: medians of ten interleaved hyperfine
/// rounds). The functions are those of `sqlite3.h`, called at the addresses `dlsym` gives.
struct SQLite: Sendable {
    typealias Database = OpaquePointer
    typealias Statement = OpaquePointer

    /// Why the library could not be loaded, as `dlerror` says it.
    struct LoadError: Error {
        let reason: String
    }

    /// The library, loaded once per process and kept, or why it could not be.
    static let library = Result { () throws(LoadError) in try SQLite() }

    /// `SQLITE_TRANSIENT`, a cast of -1 to a destructor, which Swift cannot import: SQLite copies the text.
    static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    #if os(macOS)
        static let fileName = "libsqlite3.dylib"
    #else
        static let fileName = "libsqlite3.so.0"
    #endif

    let open:
        @convention(c) (
            UnsafePointer<CChar>?, UnsafeMutablePointer<Database?>?, Int32, UnsafePointer<CChar>?
        ) -> Int32
    let close: @convention(c) (Database?) -> Int32
    let errorMessage: @convention(c) (Database?) -> UnsafePointer<CChar>?
    let busyTimeout: @convention(c) (Database?, Int32) -> Int32
    let exec:
        @convention(c) (
            Database?, UnsafePointer<CChar>?, sqlite3_callback?, UnsafeMutableRawPointer?,
            UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        ) -> Int32
    let free: @convention(c) (UnsafeMutableRawPointer?) -> Void
    let autocommit: @convention(c) (Database?) -> Int32
    let prepare:
        @convention(c) (
            Database?, UnsafePointer<CChar>?, Int32, UnsafeMutablePointer<Statement?>?,
            UnsafeMutablePointer<UnsafePointer<CChar>?>?
        ) -> Int32
    let finalize: @convention(c) (Statement?) -> Int32
    let bindText:
        @convention(c) (Statement?, Int32, UnsafePointer<CChar>?, Int32, sqlite3_destructor_type?)
            -> Int32
    let bindInt64: @convention(c) (Statement?, Int32, Int64) -> Int32
    let bindNull: @convention(c) (Statement?, Int32) -> Int32
    let step: @convention(c) (Statement?) -> Int32
    let columnText: @convention(c) (Statement?, Int32) -> UnsafePointer<UInt8>?
    let columnInt64: @convention(c) (Statement?, Int32) -> Int64
    let columnType: @convention(c) (Statement?, Int32) -> Int32

    private init() throws(LoadError) {
        guard let handle = dlopen(Self.fileName, RTLD_NOW | RTLD_LOCAL) else {
            throw LoadError(reason: dlerror().map { String(cString: $0) } ?? Self.fileName)
        }
        func symbol<Function>(_ name: String) throws(LoadError) -> Function {
            guard let address = dlsym(handle, name) else {
                throw LoadError(reason: "\(Self.fileName) has no \(name)")
            }
            return unsafeBitCast(address, to: Function.self)
        }
        open = try symbol("sqlite3_open_v2")
        close = try symbol("sqlite3_close")
        errorMessage = try symbol("sqlite3_errmsg")
        busyTimeout = try symbol("sqlite3_busy_timeout")
        exec = try symbol("sqlite3_exec")
        free = try symbol("sqlite3_free")
        autocommit = try symbol("sqlite3_get_autocommit")
        prepare = try symbol("sqlite3_prepare_v2")
        finalize = try symbol("sqlite3_finalize")
        bindText = try symbol("sqlite3_bind_text")
        bindInt64 = try symbol("sqlite3_bind_int64")
        bindNull = try symbol("sqlite3_bind_null")
        step = try symbol("sqlite3_step")
        columnText = try symbol("sqlite3_column_text")
        columnInt64 = try symbol("sqlite3_column_int64")
        columnType = try symbol("sqlite3_column_type")
    }
}
