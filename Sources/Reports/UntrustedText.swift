/// The one escaping policy for text that comes from outside: a resume's words, a posting's, a file name. Every
/// renderer passes such text through the function for its format, so none of it can inject markup, run as a
/// spreadsheet formula or reach a terminal as an escape sequence.
public enum UntrustedText {
    /// For a terminal or a plain-text line: every control character becomes `?`, so the text stays on its line.
    public static func terminal(_ text: String) -> String {
        replacingControlCharacters(in: text)
    }

    /// For Markdown prose or a table cell (never at the start of a line): the characters that can start
    /// emphasis, code, links, HTML, entities, strikethrough or a table cell get a backslash, which CommonMark
    /// and GitHub honour and which still reads well as plain text. Line breaks are folded; control
    /// characters become `?`.
    public static func markdown(_ text: String) -> String {
        // Scalar by scalar: every character that needs escaping is one ASCII scalar, so grapheme breaking
        // (costly, and most of a report's time) is not needed.
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&":
                output.append("\\")
                output.append(scalar)
            case "\n", "\r": output.append(" ")
            case _ where isControl(scalar): output.append("?")
            default: output.append(scalar)
            }
        }
        return String(output)
    }

    /// A short quote for a Markdown table cell, cut at `limit` characters.
    public static func markdownQuote(_ text: String, limit: Int = 90) -> String {
        let cut = text.count > limit ? String(text.prefix(limit)).trimmingSpaces + "…" : text
        return "“" + markdown(String(cut)) + "”"
    }

    /// For a Markdown code span: a backtick would end the span, so it becomes `'`; control characters `?`.
    public static func markdownCode(_ text: String) -> String {
        replacingControlCharacters(in: text.replacingOccurrences(of: "`", with: "'"))
    }

    /// A CSV cell (RFC 4180 quoting) that a spreadsheet never runs: a cell that starts with `=`, `+`, `-`, `@`,
    /// a tab or a carriage return gets a leading apostrophe. Line breaks stay, quoted; other control
    /// characters become `?`.
    public static func csvCell(_ raw: String) -> String {
        var value = replacingControlCharacters(in: raw, keeping: ["\n", "\r", "\t"])
        if let first = value.first, "=+-@\t\r".contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func replacingControlCharacters(
        in text: String, keeping: Set<Unicode.Scalar> = []
    ) -> String {
        let replace = { (scalar: Unicode.Scalar) in isControl(scalar) && !keeping.contains(scalar) }
        guard text.unicodeScalars.contains(where: replace) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { replace($0) ? "?" : $0 }))
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x7F { return scalar.value < 0x20 }
        return scalar.properties.generalCategory == .control
    }
}
