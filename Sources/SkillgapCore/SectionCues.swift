/// What a block says about its section when the resume has no recognisable headings.
enum SectionCues {
    private static let educationWords: Set<String> = [
        "university", "college", "bachelor", "bachelors", "master", "masters", "phd", "ph.d",
        "b.sc", "bsc",
        "m.sc", "msc", "b.s", "m.s", "b.tech", "m.tech", "btech", "mtech", "gpa", "cgpa", "diploma",
        "degree",
        "school", "institute", "coursework", "graduated", "graduation",
    ]
    private static let experienceWords: Set<String> = [
        "intern", "internship", "engineer", "developer", "analyst", "manager", "assistant",
        "consultant",
        "scientist", "researcher", "coordinator", "specialist", "led", "built", "developed",
        "designed",
        "implemented", "managed", "improved", "reduced", "increased", "created",
    ]

    static func section(of block: Block) -> Section? {
        let words = block.text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "." })
            .map { String($0).trimmingCharacters(in: ["."]) }
        if words.contains(where: educationWords.contains) { return .education }
        if block.text.filter({ $0 == "," }).count >= 3, block.text.count / max(1, words.count) < 12,
            !block.text.hasSuffix(".")
        {
            return .skills
        }
        if words.contains(where: experienceWords.contains) { return .experience }
        return nil
    }

    /// A line that carries an address, a phone, a link or a location rather than prose.
    static func looksLikeContact(_ text: String) -> Bool {
        text.contains("@") || text.contains("http") || text.contains("www.")
            || text.contains(".com")
            || text.filter(\.isNumber).count >= 7 || text.contains("|")
    }
}
