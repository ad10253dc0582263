import Foundation

/// Turns extracted text into the one form every later stage matches on: NFKC (so `ﬁ` is `fi`), no soft
/// hyphens, zero-width or private-use (icon font) characters, single spaces, and letter-spaced words
/// ("J A R E D  S M I T H") rejoined so they never read as single-letter words.
public enum TextNormalizer {
    /// Normalizes one line or block of text.
    public static func normalize(_ raw: String) -> String {
        var text = raw
        if !raw.utf8.allSatisfy({ $0 < 0x80 }) {
            text = raw.precomposedStringWithCompatibilityMapping
            text.unicodeScalars.removeAll(where: isInvisible)
            text = String(String.UnicodeScalarView(text.unicodeScalars.map { isSpace($0) ? " " : $0 }))
        }
        text = text.replacingOccurrences(of: "\t", with: "  ")
        return collapseSpaces(rejoinLetterSpacing(text))
    }

    /// Whether a scalar carries no visible text: soft hyphens, zero-width characters, byte-order marks,
    /// private-use code points (icon fonts) and other control characters.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x200B...0x200D, 0x2060, 0xFEFF, 0xFFFC, 0xFFFD: return true
        case 0xE000...0xF8FF, 0xF0000...0xFFFFD, 0x100000...0x10FFFD: return true
        case 0x0000...0x0008, 0x000B...0x001F, 0x007F...0x009F: return true
        default: return false
        }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace && scalar != "\n"
    }

    /// Rejoins runs of three or more single letters separated by single spaces; two or more spaces
    /// separate the words of a letter-spaced phrase.
    static func rejoinLetterSpacing(_ text: String) -> String {
        guard text.contains(" ") else { return text }
        let groups = text.components(separatedBy: "  ")
        var changed = false
        let rebuilt = groups.map { group -> String in
            let tokens = group.split(separator: " ", omittingEmptySubsequences: false)
            guard tokens.count >= 3 else { return group }
            var output: [String] = []
            var run: [Substring] = []
            func flush() {
                if run.count >= 3 {
                    output.append(run.joined())
                    changed = true
                } else {
                    output.append(contentsOf: run.map(String.init))
                }
                run.removeAll()
            }
            for token in tokens {
                if token.count == 1, token.first!.isLetter {
                    run.append(token)
                } else {
                    flush()
                    output.append(String(token))
                }
            }
            flush()
            return output.joined(separator: " ")
        }
        return changed ? rebuilt.joined(separator: "  ") : text
    }

    private static func collapseSpaces(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character == " " || character == "\n" || character == "\r" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }
}
