/// Escapes untrusted resume text for Markdown, so a resume cannot inject markup, links, HTML or table cells.
enum MarkdownText {
    /// Text for running prose or a table cell (never at the start of a line): the characters that can start
    /// emphasis, code, links, HTML, entities, strikethrough or a table cell get a backslash, which CommonMark
    /// and GitHub honour and which still reads well as plain text. Line breaks are folded.
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&":
                output.append("\\")
                output.append(character)
            case "\n", "\r": output += " "
            // A file name can hold any byte but "/": a terminal must never see its escape sequences.
            case _ where ControlCharacters.isPresent(in: character): output += "?"
            default: output.append(character)
            }
        }
        return output
    }

    /// A short quote for a table cell.
    static func quote(_ text: String, limit: Int = 90) -> String {
        let cut = text.count > limit ? String(text.prefix(limit)).trimmingSpaces + "…" : text
        return "“" + escape(String(cut)) + "”"
    }
}
