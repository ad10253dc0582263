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
        // Byte by byte: every character that is escaped or replaced is ASCII or a C1 control (0xC2 0x80–0x9F in
        // UTF-8), so neither grapheme breaking nor a scalar-by-scalar append (most of a report's time) is
        // needed, and a text with nothing to escape is returned as it is.
        let bytes = text.utf8
        guard
            bytes.contains(where: { isMarkdownSpecial($0) || $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }
            )
        else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        var iterator = bytes.makeIterator()
        var pending = iterator.next()
        while let byte = pending {
            pending = iterator.next()
            switch byte {
            case _ where isMarkdownSpecial(byte):
                output.append(UInt8(ascii: "\\"))
                output.append(byte)
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): output.append(UInt8(ascii: " "))
            case 0..<0x20, 0x7F: output.append(UInt8(ascii: "?"))
            case 0xC2 where pending.map { (0x80...0x9F).contains($0) } ?? false:
                output.append(UInt8(ascii: "?"))
                pending = iterator.next()
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The ASCII characters that can start emphasis, code, a link, HTML, an entity, strikethrough or a cell.
    private static func isMarkdownSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
            UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"),
            UInt8(ascii: "~"),
            UInt8(ascii: "&"):
            true
        default: false
        }
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
