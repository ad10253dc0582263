/// Tells the language of a posting from its most common function words: enough to know whether the posting
/// rules cover it, not a general language identifier.
enum PostingLanguage {
    private static let words: [String: Set<String>] = [
        "en": [
            "the", "and", "to", "of", "with", "you", "we", "our", "in", "for", "will", "are", "is",
            "your", "experience",
        ],
        "fr": [
            "le", "la", "les", "des", "et", "vous", "nous", "avec", "pour", "une", "est", "sur",
            "dans", "du", "au",
            "expérience", "votre",
        ],
        "de": [
            "und", "der", "die", "das", "mit", "für", "wir", "sie", "ist", "bei", "auf", "ein",
            "eine", "zu", "du",
            "dich", "erfahrung", "deine", "ihre",
        ],
        "es": [
            "el", "los", "las", "con", "para", "y", "una", "experiencia", "del", "que", "en", "tu",
            "nuestro",
        ],
        "pt": [
            "os", "as", "com", "para", "uma", "experiência", "você", "nosso", "não", "em", "do",
            "da",
        ],
    ]

    /// The ISO 639-1 code of the language most of the text is in, or "unknown" for too little text.
    static func guess(_ texts: [String]) -> String {
        var counts: [String: Int] = [:]
        var ideographs = 0
        var letters = 0
        for text in texts {
            for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
                letters += 1
                if (0x4E00...0x9FFF).contains(scalar.value) { ideographs += 1 }
            }
            for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
                for (language, list) in words where list.contains(String(word)) {
                    counts[language, default: 0] += 1
                }
            }
        }
        if letters > 0, ideographs * 5 > letters { return "zh" }
        guard let best = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }),
            best.value >= 3
        else {
            return "unknown"
        }
        return best.key
    }
}
