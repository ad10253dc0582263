import Foundation
import Reports

/// Writes `file: error: message` and `file: warning: message` lines to standard error.
enum Diagnostics {
    static func error(_ file: String, _ message: String) {
        write(errorLine(file, message))
    }

    /// The line `error(file, message)` writes.
    static func errorLine(_ file: String, _ message: String) -> String {
        // A file name can hold control characters; none reaches the terminal, and a message stays on one line.
        "skillgap: \(UntrustedText.terminal(file)): error: \(UntrustedText.terminal(message))\n"
    }

    /// `file: warning: message`: the command goes on.
    static func warning(_ file: String, _ message: String) {
        write(
            "skillgap: \(UntrustedText.terminal(file)): warning: \(UntrustedText.terminal(message))\n"
        )
    }

    /// Writes to standard error as it is; a closed standard error must not turn a message into a crash.
    static func write(_ text: String) {
        _ = DescriptorWrite.write(text, to: STDERR_FILENO)
    }
}
