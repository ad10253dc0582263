import ArgumentParser

/// The exit codes of `skillgap`, from sysexits.h.
enum ExitStatus {
    /// The score is below `--fail-under`.
    static let belowThreshold = ExitCode(1)
    static let usage = ExitCode(64)
    /// An input could not be analyzed: damaged, encrypted, no text layer, empty, not the format it claims.
    static let dataError = ExitCode(65)
    /// An input is missing or unreadable.
    static let noInput = ExitCode(66)
    /// A library the command needs is not installed: SQLite for a results store, libxml2 for HTML and DOCX.
    static let unavailable = ExitCode(69)
    /// The output could not be written (a full disk, an I/O error).
    static let ioError = ExitCode(74)
    /// The results store is locked by another process for too long; try again later.
    static let tempFail = ExitCode(75)
    /// A rule pack is invalid.
    static let config = ExitCode(78)
}
