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
}
