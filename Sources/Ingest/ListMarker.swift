import Foundation

/// Bullets and numbers that open a list item, in PDFs and in text-based formats alike.
enum ListMarker {
    /// The glyphs that open a list item when a space follows them, in every format.
    static let bullets: Set<Character> = [
        "-", "*", "•", "·", "∙", "◦", "▪", "▫", "‣", "●", "○", "■", "□", "◆",
        "◇", "⋄", "–", "►", "▸", "→", "➢", "➤", "✓", "✔", "❖",
        // Word's Symbol and Wingdings bullets, which reach text as private-use characters.
        "\u{F0B7}", "\u{F0A7}", "\u{F0D8}", "\u{F076}", "\u{F0FC}", "\u{F0A8}",
    ]
    /// Markers of typed text only: Markdown's "+", a typed em dash, and "o", which Word's plain-text export
    /// writes for a second-level bullet. In a PDF they start phone numbers ("+ 49 ...") and date ranges.
    private static let typedBullets: Set<Character> = ["+", "—", "o"]

    /// The text after a list marker ("- item", "• item", "1. item", "2) item"), or nil for a line that is
    /// not a list item. "o" counts only when followed by a space and a capital (Word's plain-text bullets).
    static func stripped(_ line: Substring) -> Substring? {
        let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
        guard let first = trimmed.first else { return nil }
        let rest = trimmed.dropFirst()
        if bullets.contains(first) || typedBullets.contains(first), let next = rest.first,
            next == " " || next == "\t"
        {
            let body = rest.drop(while: { $0 == " " || $0 == "\t" })
            if first == "o", body.first?.isUppercase != true { return nil }
            // "-----" rules and "--" are not bullets; a lone dash before a number is a range.
            return body.isEmpty ? nil : body
        }
        let digits = trimmed.prefix(while: \.isNumber)
        if (1...2).contains(digits.count) {
            let after = trimmed.dropFirst(digits.count)
            if let marker = after.first, marker == "." || marker == ")",
                after.dropFirst().first == " "
            {
                let body = after.dropFirst(2).drop(while: { $0 == " " })
                return body.isEmpty ? nil : body
            }
        }
        return nil
    }

    /// A line made only of one repeated rule character: "=====", "-----", "*****", "_____".
    static func isRule(_ line: Substring) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 3, let first = trimmed.first, "=-*_~#".contains(first) else {
            return false
        }
        return trimmed.allSatisfy { $0 == first || $0 == " " }
    }
}
