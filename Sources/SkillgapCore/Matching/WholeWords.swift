/// Finds a word or phrase standing as whole words in text: not preceded by a letter or digit, and not followed
/// by one unless the phrase ends in punctuation ("%", "C++"), which may be followed by anything. The text is
/// any array of units (UTF-8 bytes, case-folded scalars) in the same case as the phrase.
enum WholeWords {
    /// `isWord(index)` says whether the unit of `text` at `index` is part of a word; `phraseEndsInWord`
    /// whether the phrase's last unit is.
    static func contains<Unit: Equatable, Phrase: Collection<Unit>>(
        _ phrase: Phrase, in text: [Unit], phraseEndsInWord: Bool,
        isWord: (Int) -> Bool
    ) -> Bool {
        guard let first = phrase.first, phrase.count <= text.count else { return false }
        var start = 0
        while start + phrase.count <= text.count {
            if text[start] == first, text[start..<(start + phrase.count)].elementsEqual(phrase) {
                let after = start + phrase.count
                let startsWord = start == 0 || !isWord(start - 1)
                let endsWord = after == text.count || !isWord(after) || !phraseEndsInWord
                if startsWord && endsWord { return true }
            }
            start += 1
        }
        return false
    }
}
