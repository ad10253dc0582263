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

    /// The strength of a mention in `text` of `section`; `onlyName` says that the line holds skill names and
    /// next to nothing else (`SkillMatcher.isOnlyNames`).
    static func strength(
        of text: String, in section: Section, onlyName: Bool = false
    )
        -> EvidenceStrength
    {
        let base = EvidenceStrength(section: section)
        let opening = String(text.prefix(160).drop { !$0.isLetter }).lowercased()
        let words = opening.split { !$0.isLetter }
        // A certification is training wherever it is claimed, the header too ("CCNA certified").
        if base == .listed, words.contains(where: { certificationWords.contains(String($0)) }) {
            return .coursework
        }
        guard base != .missing, section != .contact else { return base }
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
            if (onlyName && section != .projects) || claimsKnowledge(opening) {
                return .listed
            }
            return base
        }
        if let first = words.first, deedVerbs.contains(String(first)), words.count >= 4,
            !words.contains(where: { notWork.contains(String($0)) })
        {
            return .demonstrated
        }
        return base
    }

    /// Whether `opening` claims knowledge once its qualifiers are dropped ("also some basic knowledge of C").
    private static func claimsKnowledge(_ opening: String) -> Bool {
        var rest = Substring(opening)
        while let space = rest.firstIndex(of: " "), claimQualifiers.contains(String(rest[..<space]))
        {
            rest = rest[rest.index(after: space)...]
        }
        return knowledgeClaims.contains(where: { rest.hasPrefix($0 + " ") })
    }

    private static func isCourseList(_ opening: String) -> Bool {
        guard let colon = opening.prefix(24).firstIndex(of: ":") else { return false }
        return courseworkLabels.contains(opening[..<colon].trimmingSpaces.description)
    }
}
