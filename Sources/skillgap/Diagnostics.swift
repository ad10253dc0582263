import Foundation

/// Writes `file: error: message` lines to standard error.
enum Diagnostics {
    static func error(_ file: String, _ message: String) {
        FileHandle.standardError.write(Data("skillgap: \(file): error: \(message)\n".utf8))
    }
}
