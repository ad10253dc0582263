/// A rule file that cannot be used, with where and why, printed the way compilers do:
/// `file:line:col: error: message`, the offending line, and a hint.
public struct RuleFileError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file, as the user would name it.
    public var file: String
    /// 1-based line and column, when known.
    public var line: Int?
    public var column: Int?
    public var message: String
    /// The offending line of the file, quoted in the description.
    public var snippet: String?
    /// What to do about it.
    public var hint: String?

    public init(
        file: String, line: Int? = nil, column: Int? = nil, message: String, snippet: String? = nil,
        hint: String? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.snippet = snippet
        self.hint = hint
    }

    public var description: String {
        let position = [line, column].compactMap { $0 }.map(String.init).joined(separator: ":")
        var text = "\(file)\(position.isEmpty ? "" : ":" + position): error: \(message)"
        if let snippet, let line {
            // A long line is shown around the column only, so a huge file cannot flood the terminal.
            var shown = Array(snippet)
            var caret = max(0, (column ?? 1) - 1)
            if shown.count > 120 {
                let start = max(0, min(caret - 40, shown.count - 120))
                shown = Array(shown[start..<min(shown.count, start + 120)])
                caret -= start
            }
            text += "\n  \(line) | \(String(shown))"
            if column != nil {
                text +=
                    "\n  " + String(repeating: " ", count: String(line).count) + " | "
                    + String(repeating: " ", count: caret) + "^"
            }
        }
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}
