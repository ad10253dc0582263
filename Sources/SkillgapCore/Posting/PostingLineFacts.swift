import Foundation

/// What one line of a posting states besides skills: years of experience, a degree, a condition of the job.
/// Each fact is read from the line's words with patterns compiled once.
enum PostingLineFacts {
    private static let numberWords = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10,
    ]
    /// "3+ years", "2-4 years", "2–4 yrs", "at least two years", "5 ans", "3 Jahre": the first number.
    private static let years = try! NSRegularExpression(
        pattern:
            #"(?<![\d.])(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*(?:plus\s*)?(?:(?:-|–|—|to)\s*(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*)?(?:(?:years?|yrs?|ans|jahre?n?)\b|年)"#,
        options: [.caseInsensitive])
    private static let degreeWords = [
        "degree", "diploma", "bachelor", "master", "phd", "ph.d", "bs", "ms", "bsc", "msc",
        "graduate", "undergraduate", "university", "college", "diplôme", "studium", "学历", "本科",
    ]
    static let fields = [
        "computer science", "computer engineering", "software engineering",
        "electrical engineering", "statistics",
        "applied mathematics", "mathematics", "math", "physics", "data science", "economics",
        "econometrics",
        "engineering", "information systems", "information technology", "operations research",
        "machine learning",
        "artificial intelligence", "finance", "business", "analytics", "bioinformatics",
        "informatics",
    ]
    private static let equivalent = try! NSRegularExpression(
        pattern:
            #"\bequivalent\s+(?:practical\s+|work\s+|professional\s+|industry\s+)?(?:experience|combination)|\bor\s+equivalent\b"#,
        options: [.caseInsensitive])
    private static let pursuing = try! NSRegularExpression(
        pattern:
            #"\b(?:currently\s+(?:pursuing|enrolled|studying)|pursuing\s+an?\s+(?:bachelor|master|degree|phd|bs|ms)|enrolled\s+in\s+an?\s+|working\s+towards?\s+an?\s+(?:degree|bachelor|master))"#,
        options: [.caseInsensitive])
    private static let graduation = try! NSRegularExpression(
        pattern:
            #"\bgraduat\w*\s+((?:between|by|in|from|before|after|no later than)\s+[^.;:]{3,60})"#,
        options: [.caseInsensitive])
    private static let notes: [(PostingNote.Kind, NSRegularExpression)] = [
        (
            .workAuthorization,
            try! NSRegularExpression(
                pattern:
                    #"\b(?:authori[sz]ed to work|work authori[sz]ation|visa sponsorship|sponsorship|right to work|work permit|eligible to work)\b"#,
                options: [.caseInsensitive])
        ),
        (
            .location,
            try! NSRegularExpression(
                pattern:
                    #"\b(?:remote|hybrid|on-?site|in-office|located in|based in|relocat\w*|office in)\b"#,
                options: [.caseInsensitive])
        ),
        (
            .schedule,
            try! NSRegularExpression(
                pattern:
                    #"\b(?:full[- ]time|part[- ]time|hours (?:per|a) week|\d+\s*weeks|weeks starting|flexible hours|shift)\b"#,
                options: [.caseInsensitive])
        ),
    ]

    /// The smallest number of years the line asks for, and where that phrase ends (in UTF-16 units).
    static func years(in text: String) -> (years: Int, end: Int)? {
        let range = NSRange(text.startIndex..., in: text)
        var best: (Int, Int)?
        for match in years.matches(in: text, range: range) {
            guard let numberRange = Range(match.range(at: 1), in: text) else { continue }
            let word = text[numberRange].lowercased()
            guard let value = Int(word) ?? numberWords[word], value > 0, value <= 40 else {
                continue
            }
            if best == nil || value < best!.0 {
                best = (value, match.range.location + match.range.length)
            }
        }
        return best
    }

    /// The lowest degree level the line names, if it names one.
    static func degree(in text: String) -> DegreeLevel? {
        let (levels, mentionsDegree) = degreeLevels(in: text)
        guard mentionsDegree else { return nil }
        return levels.min()
            ?? (text.lowercased().contains("degree") || text.contains("diplôme") ? .bachelor : nil)
    }

    /// The highest degree level a line names (a resume's education line).
    static func highestDegree(in text: String) -> DegreeLevel? {
        degreeLevels(in: text).levels.max()
    }

    private static let bachelorWords: Set<String> = [
        "bachelor", "bachelors", "bachelor's", "bachelor’s", "undergraduate", "bsc", "b.sc",
        "b.tech", "btech", "b.eng",
        "beng", "licence", "bac+3", "b.s", "b.a",
    ]
    private static let masterWords: Set<String> = [
        "master", "masters", "master's", "master’s", "msc", "m.sc", "m.tech", "mtech", "m.eng",
        "meng", "mba", "diplom",
        "bac+5", "m.s", "m.a",
    ]
    private static let phdWords: Set<String> = ["phd", "ph.d", "doctorate", "doctoral"]
    /// Abbreviations that are degrees only in capitals ("BS", not "bs").
    private static let capitalBachelor: Set<String> = ["BS", "BA", "B.S", "B.A", "BSc", "BEng"]
    private static let capitalMaster: Set<String> = ["MS", "MA", "M.S", "M.A", "MSc"]

    /// The degree levels a line names, and whether it speaks of a degree at all. A scan of words, far cheaper
    /// than patterns: a batch asks it of every education line.
    private static func degreeLevels(
        in text: String
    ) -> (levels: Set<DegreeLevel>, mentionsDegree: Bool) {
        var levels = Set<DegreeLevel>()
        var mentions = false
        var previous = ""
        for raw in words(text, keeping: [UInt8(ascii: "."), UInt8(ascii: "'"), UInt8(ascii: "+")]) {
            let token = String(raw.trimming(["."]))
            let lower = token.lowercased()
            if bachelorWords.contains(lower) || capitalBachelor.contains(token) {
                levels.insert(.bachelor)
            }
            if masterWords.contains(lower) || capitalMaster.contains(token) {
                levels.insert(.master)
            }
            if phdWords.contains(lower) { levels.insert(.phd) }
            if previous == "graduate" && lower == "degree" { levels.insert(.master) }
            if degreeWords.contains(lower) { mentions = true }
            previous = lower
        }
        // Chinese writes degrees without spaces: 本科 (bachelor's), 硕士 or 研究生 (master's), 博士 (doctorate).
        // (Only text with CJK characters can hold them: searching the rest would cost more than all the above.)
        guard text.utf8.contains(where: { $0 >= 0xE0 }) else {
            return (levels, mentions || !levels.isEmpty)
        }
        if text.contains("本科") { levels.insert(.bachelor) }
        if text.contains("硕士") || text.contains("研究生") { levels.insert(.master) }
        if text.contains("博士") { levels.insert(.phd) }
        if text.contains("学历") { mentions = true }
        return (levels, mentions || !levels.isEmpty)
    }

    /// The field names as word sequences, longest first, so "computer science" wins over "science".
    private static let fieldWords = fields.map { $0.split(separator: " ").map(String.init) }
        .sorted { $0.count > $1.count }
    private static let relatedQualifiers: Set<String> = [
        "related", "relevant", "quantitative", "technical", "similar", "stem",
    ]
    private static let fieldNouns: Set<String> = [
        "field", "fields", "discipline", "disciplines", "area", "areas", "subject", "subjects",
    ]

    /// The fields a degree line names, in order; "related field" when it allows one. A scan of words, not a
    /// pattern: a batch asks it of every education line.
    static func fields(in text: String) -> [String] {
        let words = words(text, keeping: []).map { $0.lowercased() }
        // Most fields are not in a line: a field whose first word is absent is skipped without a scan.
        let present = Set(words)
        var found: [(Int, String)] = []
        var taken = Set<Int>()
        for field in fieldWords {
            guard field.count <= words.count, let first = field.first, present.contains(first)
            else {
                continue
            }
            for start in 0...(words.count - field.count)
            where !taken.contains(start)
                && words[start..<(start + field.count)].elementsEqual(field)
            {
                found.append((start, field.joined(separator: " ")))
                for index in start..<(start + field.count) { taken.insert(index) }
                break
            }
        }
        var result = found.sorted { $0.0 < $1.0 }.map(\.1)
        if zip(words, words.dropFirst()).contains(where: {
            relatedQualifiers.contains($0) && fieldNouns.contains($1)
        }) {
            result.append("related field")
        }
        return result
    }

    /// The words of a text, split at every byte that is not an ASCII letter or digit, part of a non-ASCII
    /// character, or in `keeping`: a byte scan, far cheaper than Character properties.
    static func words(_ text: String, keeping: Set<UInt8>) -> [Substring] {
        var words: [Substring] = []
        var start: String.Index?
        var index = text.utf8.startIndex
        while index < text.utf8.endIndex {
            let byte = text.utf8[index]
            let inWord =
                byte >= 0x80 || (byte >= 0x30 && byte <= 0x39)
                || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
                || keeping.contains(byte)
            if inWord, start == nil { start = index }
            if !inWord, let begun = start {
                words.append(text[begun..<index])
                start = nil
            }
            index = text.utf8.index(after: index)
        }
        if let begun = start { words.append(text[begun...]) }
        return words
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    static func acceptsEquivalent(_ text: String) -> Bool {
        equivalent.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    static func currentlyPursuing(_ text: String) -> Bool {
        pursuing.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// "between December 2027 and June 2028", as the posting says it.
    static func graduationWindow(in text: String) -> String? {
        guard
            let match = graduation.firstMatch(
                in: text, range: NSRange(text.startIndex..., in: text)),
            let range = Range(match.range(at: 1), in: text)
        else { return nil }
        return String(text[range].trimmingSpaces)
    }

    /// The conditions of the job the line states.
    static func noteKinds(in text: String) -> [PostingNote.Kind] {
        let range = NSRange(text.startIndex..., in: text)
        return notes.filter { $0.1.firstMatch(in: text, range: range) != nil }.map(\.0)
    }
}
