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
            #"(?<![\d.])(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*(?:plus\s*)?(?:(?:-|–|—|to)\s*(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*)?(?:years?|yrs?|ans|jahre?n?)\b"#,
        options: [.caseInsensitive])
    private static let bachelor = try! NSRegularExpression(
        pattern:
            #"\b(?:bachelor'?s?|undergraduate|b\.?sc\.?|b\.tech|b\.eng|licence|bac\s*\+\s*3)\b|(?<![\w.])(?:BS|BA|B\.S\.|B\.A\.|BSc|BEng)(?![\w])"#,
        options: [.caseInsensitive])
    private static let bachelorCaseSensitive = try! NSRegularExpression(
        pattern: #"(?<![\w.])(?:BS|BA|B\.S\.|B\.A\.)(?![\w])"#)
    private static let master = try! NSRegularExpression(
        pattern:
            #"\b(?:master'?s?|graduate degree|m\.?sc\.?|m\.tech|m\.eng|mba|bac\s*\+\s*5|diplom)\b"#,
        options: [.caseInsensitive])
    private static let masterCaseSensitive = try! NSRegularExpression(
        pattern: #"(?<![\w.])(?:MS|MA|M\.S\.|M\.A\.|MSc)(?![\w])"#)
    private static let phd = try! NSRegularExpression(
        pattern: #"\b(?:ph\.?\s?d\.?|doctorate|doctoral)"#, options: [.caseInsensitive])
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
    private static let relatedField = try! NSRegularExpression(
        pattern:
            #"\b(?:related|relevant|quantitative|technical|similar|stem)\s+(?:field|discipline|area|subject)s?\b"#,
        options: [.caseInsensitive])
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
        let range = NSRange(text.startIndex..., in: text)
        func found(_ pattern: NSRegularExpression) -> Bool {
            pattern.firstMatch(in: text, range: range) != nil
        }
        let lower = text.lowercased()
        let mentionsDegree =
            degreeWords.contains { CheckRunner.containsWord(Array(lower.utf8), Array($0.utf8)) }
            || found(phd) || found(bachelorCaseSensitive) || found(masterCaseSensitive)
        guard mentionsDegree else { return nil }
        if found(bachelor) || found(bachelorCaseSensitive) { return .bachelor }
        if found(master) || found(masterCaseSensitive) { return .master }
        if found(phd) { return .phd }
        return lower.contains("degree") || lower.contains("diplôme") ? .bachelor : nil
    }

    /// The highest degree level a line names (a resume's education line).
    static func highestDegree(in text: String) -> DegreeLevel? {
        let range = NSRange(text.startIndex..., in: text)
        func found(_ pattern: NSRegularExpression) -> Bool {
            pattern.firstMatch(in: text, range: range) != nil
        }
        if found(phd) { return .phd }
        if found(master) || found(masterCaseSensitive) { return .master }
        if found(bachelor) || found(bachelorCaseSensitive) { return .bachelor }
        return nil
    }

    /// The fields a degree line names, in order; "related field" when it allows one.
    static func fields(in text: String) -> [String] {
        let lower = Array(text.lowercased().utf8)
        var found: [(Int, String)] = []
        var taken: [Range<Int>] = []
        for field in fields.sorted(by: { $0.count > $1.count }) {
            let needle = Array(field.utf8)
            var start = 0
            while start + needle.count <= lower.count {
                if lower[start..<(start + needle.count)].elementsEqual(needle),
                    start == 0 || !isLetter(lower[start - 1]),
                    start + needle.count == lower.count || !isLetter(lower[start + needle.count]),
                    !taken.contains(where: { $0.overlaps(start..<(start + needle.count)) })
                {
                    found.append((start, field))
                    taken.append(start..<(start + needle.count))
                    break
                }
                start += 1
            }
        }
        var result = found.sorted { $0.0 < $1.0 }.map(\.1)
        if relatedField.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil {
            result.append("related field")
        }
        return result
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
