extension StringProtocol {
    /// Whether the text is set in capitals: at least three letters and none in lower case ("EXPERIENCE",
    /// "C.V. OF JANE"). Every reader and the sectioner judge headings by this one test.
    public var isAllCaps: Bool {
        var letters = 0
        for character in self where character.isLetter {
            if character.isLowercase { return false }
            letters += 1
        }
        return letters >= 3
    }

    /// The number of words between spaces, as `split(separator: " ").count` counts them, by a scan of the
    /// bytes: splitting builds every word and breaks the text into graphemes, and this is asked of every line.
    @inlinable public var wordCount: Int {
        var count = 0
        var inWord = false
        for byte in utf8 {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// Small capitals that a PDF split into a capital and the rest ("E DUCATION", "A DNAN A MAN") joined again
    /// ("EDUCATION", "ADNAN AMAN"): every single capital followed by a word in capitals is joined to it, when the
    /// whole text is so made. Other text is returned as it is.
    public var smallCapsMerged: String {
        // Small capitals start with a single capital and a space ("E DUCATION"): most lines leave at once.
        var bytes = utf8.makeIterator()
        if let first = bytes.next(), first < 0x80, first != 0x20 {
            let second = bytes.next() ?? 0
            // A second byte past ASCII may be a combining accent on the capital: that goes the long way.
            if second < 0x80, !(first >= 0x41 && first <= 0x5A && second == 0x20) {
                return String(self)
            }
        }
        let parts = split(separator: " ")
        guard parts.count >= 2, parts.count % 2 == 0 else { return String(self) }
        var merged: [String] = []
        var index = 0
        while index < parts.count {
            let letter = parts[index]
            let rest = parts[index + 1]
            guard letter.count == 1, letter.first?.isUppercase == true, rest.count >= 2,
                rest.allSatisfy({ $0.isUppercase || $0 == "-" || $0 == "'" || $0 == "&" })
            else { return String(self) }
            merged.append(String(letter) + String(rest))
            index += 2
        }
        return merged.joined(separator: " ")
    }
}
