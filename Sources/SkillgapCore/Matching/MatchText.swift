/// A block's text prepared for matching: its scalars as written and case-folded one for one, with email
/// addresses and URLs blanked out so `julia@example.com` never names Julia.
struct MatchText {
    let original: [Unicode.Scalar]
    let folded: [UInt32]
    /// Whether each scalar is a letter or digit, looked up once.
    let alphanumeric: [Bool]
    /// Whether each scalar is a CJK ideograph or kana, where words are not separated by spaces; empty for text
    /// without any, so most text pays nothing for it.
    let ideographic: [Bool]

    init(_ text: String) {
        var original = Array(text.unicodeScalars)
        Self.blankAddresses(&original)
        self.original = original
        self.folded = original.map(Self.fold)
        self.alphanumeric = original.map(Self.isAlphanumeric)
        self.ideographic =
            original.contains { $0.value >= 0x2E80 } ? original.map(Self.isIdeographic) : []
    }

    /// CJK ideographs and kana: each may begin or end a word.
    static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FDF, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
            0x20000...0x2FA1F:
            true
        default: false
        }
    }

    /// Whether a word may begin or end between scalars `index - 1` and `index` although both are letters: in
    /// Chinese or Japanese text every ideograph is such a place.
    func mayBreak(before index: Int) -> Bool {
        !ideographic.isEmpty && (ideographic[index] || ideographic[index - 1])
    }

    /// Lower case, one scalar for one so positions line up with the original.
    static func fold(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        if value < 0x80 { return (value >= 65 && value <= 90) ? value + 32 : value }
        return scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? value
    }

    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 48 && value <= 57) || (value >= 65 && value <= 90)
                || (value >= 97 && value <= 122)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Email addresses and URLs become spaces.
    private static func blankAddresses(_ scalars: inout [Unicode.Scalar]) {
        var start = 0
        while start < scalars.count {
            var end = start
            var at = false
            var slash = false
            var dot = false
            while end < scalars.count, scalars[end] != " " {
                switch scalars[end] {
                case "@": at = true
                case "/": slash = true
                case ".": dot = true
                default: break
                }
                end += 1
            }
            if end > start, at || slash || (dot && isWWW(scalars, start)) {
                let isAddress =
                    at || isWWW(scalars, start)
                    || {
                        let token = String(String.UnicodeScalarView(scalars[start..<end]))
                        return token.contains("://")
                            || (dot && ContactFinder.link(from: token.lowercased()) != nil)
                    }()
                if isAddress { for index in start..<end { scalars[index] = " " } }
            }
            start = end + 1
        }
    }

    private static func isWWW(_ scalars: [Unicode.Scalar], _ start: Int) -> Bool {
        guard start + 4 <= scalars.count else { return false }
        return (0..<3).allSatisfy { fold(scalars[start + $0]) == 0x77 } && scalars[start + 3] == "."
    }

    /// Whether the word-lowered `phrase` occurs in this text as whole words covering `range`.
    func phrase(_ phrase: ArraySlice<UInt32>, covers range: Range<Int>) -> Bool {
        guard !phrase.isEmpty, phrase.count <= folded.count else { return false }
        let lowest = max(0, range.upperBound - phrase.count)
        let highest = min(range.lowerBound, folded.count - phrase.count)
        guard lowest <= highest else { return false }
        for start in lowest...highest
        where folded[start..<(start + phrase.count)].elementsEqual(phrase) {
            return true
        }
        return false
    }

    /// Whether `word` (folded) occurs anywhere as a whole word (see `WholeWords`).
    func containsWord(_ word: ArraySlice<UInt32>) -> Bool {
        let endsInWord = word.last.flatMap(Unicode.Scalar.init).map(Self.isAlphanumeric) ?? false
        return WholeWords.contains(word, in: folded, phraseEndsInWord: endsInWord) {
            alphanumeric[$0]
        }
    }
}
