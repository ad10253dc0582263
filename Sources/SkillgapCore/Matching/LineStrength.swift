/// The strength a line gives the skills it mentions: its section's, corrected by what the line itself says. A
/// line of courses is coursework anywhere, a workshop attended is training, a claim of knowledge or a bare name
/// is a listing even under a job, and a deed stated as one ("Developed and installed the XPNET API") is work done
/// even in a summary or a skills table.
enum LineStrength {
    /// Labels that make a line a list of courses, wherever it stands ("Relevant coursework:" under Honors).
    static let courseworkLabels = [
        "relevant coursework", "coursework", "course work", "relevant courses", "courses",
        "relevant modules", "key modules", "ap courses",
    ]

    /// Openings that claim knowledge rather than report its use ("Basic knowledge of C, x86 assembly").
    static let knowledgeClaims = [
        "knowledge of", "familiar with", "familiarity with", "exposure to", "proficient in",
        "proficiency in",
        "skilled in", "conversant with", "acquainted with", "understanding of",
    ]

    /// The first words of `knowledgeClaims`, to turn most lines away at once.
    static let claimOpeners = Set(knowledgeClaims.map { String($0.prefix { $0 != " " }) })

    /// Words that may stand before a claim of knowledge ("Also some basic knowledge of").
    static let claimQualifiers: Set<String> = [
        "also", "some", "a", "basic", "good", "working", "sound", "strong", "solid", "deep",
        "excellent",
        "extensive", "broad", "fair", "thorough", "general", "very", "highly",
    ]

    /// Verbs that open a report of work done. Past tense only, and none that also opens a skill's name
    /// ("Automated testing", "Applied mathematics", "Distributed systems").
    static let deedVerbs: Set<String> = [
        "developed", "designed", "built", "wrote", "created", "implemented", "led", "managed",
        "performed",
        "taught", "facilitated", "conducted", "delivered", "maintained", "installed", "configured",
        "deployed", "analyzed", "analysed", "organized", "organised", "coordinated", "trained",
        "supervised",
        "headed", "launched", "established", "migrated", "tested", "programmed", "administered",
        "engineered", "authored", "published", "presented", "lectured", "researched", "prototyped",
    ]

    /// Words after which an opening verb reports growth, not work ("Developed strong communication skills").
    static let notWork = [
        "skill", "skills", "passion", "interest", "knowledge", "understanding", "ability",
    ]

    /// Words that claim a certification ("CCNA certified", "Certified Scrum Master").
    static let certificationWords: Set<String> = ["certified", "certification", "certifications"]

    /// Openings of research done in a degree: a thesis is work, not a course ("Thesis title: Deep Learning").
    static let researchWork = [
        "thesis", "master's thesis", "masters thesis", "bachelor's thesis", "dissertation",
        "capstone project",
        "senior project", "final year project", "final-year project", "research project",
    ]

    /// Training attended: a line that opens so and names one of `trainingWords` is coursework.
    static let attendance = [
        "attended", "completed", "participated in", "took part in", "undertook",
    ]
    static let trainingWords = [
        "workshop", "training", "course", "seminar", "bootcamp", "boot camp", "webinar",
        "certification",
    ]

    /// The strength of a mention in `text` of `section`; `onlyNames` says whether the line holds skill names and
    /// next to nothing else (`SkillMatcher.isOnlyNames`), asked only when it matters.
    static func strength(
        of text: String, in section: Section, onlyNames: () -> Bool = { false }
    ) -> EvidenceStrength {
        let base = EvidenceStrength(section: section)
        guard base != .missing else { return base }
        let opening = Self.opening(of: text)
        // A certification is training wherever it is claimed, the header too ("CCNA certified").
        if base == .listed, words(of: opening).contains(where: certificationWords.contains) {
            return .coursework
        }
        guard section != .contact else { return base }
        if base != .coursework, isCourseList(opening) { return .coursework }
        if base != .demonstrated, researchWork.contains(where: { opening.hasPrefix($0) }) {
            return .demonstrated
        }
        if attendance.contains(where: { opening.hasPrefix($0 + " ") }),
            trainingWords.contains(where: opening.contains)
        {
            return .coursework
        }
        if base == .demonstrated {
            // A project's line of names is that project's tool line (its evidence), not a list.
            if claimsKnowledge(opening) || (section != .projects && onlyNames()) { return .listed }
            return base
        }
        let words = words(of: opening)
        if let first = words.first, deedVerbs.contains(first), words.count >= 4,
            !words.contains(where: notWork.contains)
        {
            return .demonstrated
        }
        return base
    }

    /// The line's first 160 bytes from its first letter, in lower case: bullets and numbering dropped.
    private static func opening(of text: String) -> String {
        guard let first = text.unicodeScalars.firstIndex(where: \.properties.isAlphabetic) else {
            return ""
        }
        // Bytes, not characters: a cut inside a scalar only costs a replacement character at the end.
        return String(decoding: text.utf8[first...].prefix(160), as: UTF8.self).lowercased()
    }

    /// The words of `opening`, split at anything that is not an ASCII letter: every word the lists here hold
    /// is ASCII, so a letter with an accent may split a word without changing an answer.
    private static func words(of opening: String) -> [String] {
        opening.utf8.split { !(($0 >= 97 && $0 <= 122) || ($0 >= 65 && $0 <= 90)) }.map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    /// Whether `opening` claims knowledge once its qualifiers are dropped ("also some basic knowledge of C").
    private static func claimsKnowledge(_ opening: String) -> Bool {
        let firstWord = opening.prefix { $0 != " " }
        guard
            claimQualifiers.contains(String(firstWord)) || claimOpeners.contains(String(firstWord))
        else { return false }
        var rest = Substring(opening)
        while let space = rest.firstIndex(of: " "), claimQualifiers.contains(String(rest[..<space]))
        {
            rest = rest[rest.index(after: space)...]
        }
        return knowledgeClaims.contains(where: { rest.hasPrefix($0 + " ") })
    }

    private static func isCourseList(_ opening: String) -> Bool {
        guard opening.utf8.prefix(24).contains(UInt8(ascii: ":")) else { return false }
        guard let colon = opening.prefix(24).firstIndex(of: ":") else { return false }
        return courseworkLabels.contains(opening[..<colon].trimmingSpaces.description)
    }
}
