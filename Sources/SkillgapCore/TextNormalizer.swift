import Foundation

/// Turns extracted text into the one form every later stage matches on: NFKC (so `ﬁ` is `fi`), no soft
/// hyphens, zero-width or private-use (icon font) characters, single spaces, and letter-spaced words
/// ("J A R E D  S M I T H") rejoined so they never read as single-letter words.
public enum TextNormalizer {
    /// Normalizes one line or block of text.
    public static func normalize(_ raw: String) -> String {
        if isAlreadyNormal(raw) { return raw }
        var text = raw
        var utf8 = Array(raw.utf8)
        // Printable ASCII needs no scalar work; anything else, control characters included (a resume's escape
        // sequences must never reach a terminal through a report), goes through visibleUTF8.
        if !utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 }) {
            if raw.unicodeScalars.contains(where: mayChangeUnderNFKC) {
                text = raw.precomposedStringWithCompatibilityMapping
            }
            utf8 = visibleUTF8(text)
        }
        // Tabs separate like two spaces, so a tab-separated letter-spaced name keeps its word breaks.
        if utf8.contains(UInt8(ascii: "\t")) {
            utf8 = utf8.flatMap { $0 == UInt8(ascii: "\t") ? [0x20, 0x20] : [$0] }
        }
        if mayBeLetterSpaced(utf8) {
            utf8 = Array(rejoinLetterSpacing(String(decoding: utf8, as: UTF8.self)).utf8)
        }
        return collapseSpaces(utf8)
    }

    /// Whether `normalize` would return `text` unchanged, for the common case that needs no copy: printable
    /// ASCII with single spaces between words, none at the ends, and no run of single letters that could be
    /// letter spacing (a rule's alias, most lines of a resume).
    private static func isAlreadyNormal(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let first = bytes.first, let last = bytes.last else { return true }
            guard first != 0x20, last != 0x20 else { return false }
            var previous: UInt8 = 0
            for byte in bytes {
                guard byte >= 0x20, byte < 0x7F, !(byte == 0x20 && previous == 0x20) else {
                    return false
                }
                previous = byte
            }
            return !mayBeLetterSpaced(bytes)
        } ?? false
    }

    /// The UTF-8 of `text` without invisible characters, and with every kind of space as a plain space.
    private static func visibleUTF8(_ text: String) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                if scalar.value >= 0x20 && scalar.value != 0x7F || scalar == "\t" {
                    output.append(UInt8(scalar.value))
                } else if scalar == "\n" || scalar == "\r" {
                    output.append(0x20)
                }
            } else if isInvisible(scalar) {
                continue
            } else if scalar.properties.isWhitespace {
                output.append(0x20)
            } else {
                output.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        return output
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

    /// Scalars that NFKC can change: compatibility characters (no-break spaces, superscripts, ligatures,
    /// full-width forms, letter-like and mathematical symbols) and combining marks to compose. Plain
    /// accented letters (é, ü) are already in NFKC, so most non-English text skips the costly call; so do the
    /// punctuation and symbols resumes are full of (bullets, dashes, curly quotes, arrows, boxes), listed
    /// here by the few of their blocks that NFKC changes. `TextNormalizerTests` checks every scalar this says
    /// NFKC leaves alone against Foundation's NFKC.
    static func mayChangeUnderNFKC(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00A0...0x00AC, 0x00AE...0x00BF, 0x0132...0x0133, 0x013F...0x0140, 0x0149, 0x017F,
            0x01C4...0x01CC, 0x01F1...0x01F3,
            0x02B0...0x036F, 0x1D00...0x1DFF,
            // General Punctuation: only these; bullets, dashes and quotes stay as they are.
            0x2000...0x200A, 0x2011, 0x2017, 0x2024...0x2026, 0x202F, 0x2033...0x2034,
            0x2036...0x2037, 0x203C, 0x203E, 0x2047...0x2049, 0x2057, 0x205F,
            // Superscripts, currency, letter-like symbols, number forms.
            0x2070...0x218F,
            // Arrows, mathematical operators, technical symbols: a few with a decomposition.
            0x2190...0x21FF, 0x2200...0x22FF, 0x2329...0x232A,
            // Enclosed alphanumerics (①), supplemental mathematical operators and the rest up to CJK.
            0x2460...0x24FF, 0x2A00...0x2AFF, 0x2C00...0x2FFF,
            0x3000...0x33FF, 0xF900...0xFFEF,
            0x1D400...0x1D7FF, 0x1F100...0x1F1FF:
            return true
        default:
            return false
        }
    }

    /// A cheap test that rules out most text: letter spacing needs three single-letter tokens in a row.
    private static func mayBeLetterSpaced<Bytes: Collection<UInt8>>(_ utf8: Bytes) -> Bool {
        var run = 0
        var tokenLength = 0
        for byte in utf8 {
            if byte == UInt8(ascii: " ") {
                if tokenLength == 1 {
                    run += 1
                    if run >= 3 { return true }
                } else if tokenLength > 1 {
                    run = 0
                }
                tokenLength = 0
            } else if byte & 0xC0 != 0x80 {
                tokenLength += 1
            }
        }
        return tokenLength == 1 && run >= 2
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

    /// Single spaces between words, none at the ends.
    private static func collapseSpaces(_ utf8: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count)
        var pendingSpace = false
        for byte in utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x0D {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(0x20) }
                pendingSpace = false
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
