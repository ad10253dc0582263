import Foundation

/// The job itself: its title and company, its seniority, and whether the file is a posting at all.
extension PostingReader {
    /// The title is the page's top-level heading, else the first line when it is short and names no part,
    /// else the first heading.
    func titleIndex(in blocks: [Block]) -> Int {
        if let top = blocks.firstIndex(where: { $0.headingLevel == 1 }) { return top }
        if let first = blocks.first, first.text.wordCount <= 12,
            headingPart(first) == nil,
            headings.exactSection(for: Self.stripped(first.text)) == nil
        {
            return 0
        }
        return blocks.firstIndex { $0.kind == .heading } ?? 0
    }

    func companyLine(after titleIndex: Int, in blocks: [Block]) -> String? {
        let next = titleIndex + 1
        guard blocks.indices.contains(next) else { return nil }
        let text = Self.stripped(blocks[next].text)
        let words = text.wordCount
        let raw = blocks[next].text
        let badge = raw.contains("`") || raw.unicodeScalars.first.map { $0.value >= 0x2190 } == true
        guard (1...6).contains(words), !raw.trimmingSpaces.hasSuffix(":"), !badge,
            !text.contains(where: { $0 == ":" || $0.isNumber || $0 == "`" || $0 == "…" }),
            !text.hasSuffix("..."),
            blocks[next].kind != .listItem, headingPart(blocks[next]) == nil,
            PostingLanguage.guess([text]) == "unknown"
        else { return nil }
        return text
    }

    static let titleLabels = [
        "job title", "title", "position", "role", "vacancy", "opening", "puesto",
        "puesto de trabajo", "poste", "intitulé du poste", "stelle", "stellenbezeichnung",
    ]
    static let hiringPhrase = try! NSRegularExpression(
        pattern:
            #"\b(?:looking for|seeking|hiring|recruiting|searching for)\s+(?:an?|our next|a new|an experienced)\s+((?:[A-Z][\w+#./&-]*\s?){1,6})"#
    )

    static let danglingWords: Set<String> = [
        "with", "of", "in", "and", "or", "using", "for", "to", "as", "like", "including", "the",
        "a", "an",
    ]

    /// A clause cut by a line break: it ends in a joining word or a comma.
    static func isBroken(_ clause: String) -> Bool {
        if clause.hasSuffix(",") { return true }
        let last = clause.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return danglingWords.contains(last)
    }

    /// "We are looking for a Senior Data Engineer to join our team": a sentence that announces the job asks
    /// nothing of the candidate, whatever words it uses.
    static func announcesTheJob(_ clause: String) -> Bool {
        hiringPhrase.firstMatch(in: clause, range: NSRange(clause.startIndex..., in: clause)) != nil
    }

    /// The job's title from its first line: without the link or badge markup job boards put around it or a
    /// "Job title:" label; from "We are looking for a Senior Backend Engineer to ..." when the posting opens
    /// with prose (then `inProse`); nil when prose names no job.
    static func title(from text: String) -> (title: String?, inProse: Bool) {
        // A title may run long ("Alternance – Ingénieur(e) Développement - C/C++ ou PYTHON – Energie &
        // Telecom – Aix en Provence"); prose has sentences.
        let words = text.wordCount
        let isProse = words > 30 || (words > 14 && (text.hasSuffix(".") || text.contains(". ")))
        guard isProse else {
            var title = stripped(text)
            if let colon = title.firstIndex(of: ":"),
                titleLabels.contains(
                    title[..<colon].lowercased().trimmingCharacters(in: .whitespaces))
            {
                title = String(title[title.index(after: colon)...].trimmingSpaces)
            }
            return (title.isEmpty ? nil : title, false)
        }
        guard
            let match = hiringPhrase.firstMatch(
                in: text, range: NSRange(text.startIndex..., in: text)),
            let range = Range(match.range(at: 1), in: text)
        else { return (nil, true) }
        return (String(text[range].trimmingSpaces), true)
    }

    static let titleLevels: [(Seniority, [String])] = [
        (
            .intern,
            [
                "intern", "internship", "interns", "stage", "stagiaire", "alternance", "alternant",
                "apprentice",
                "apprenticeship", "praktikum", "praktikant", "werkstudent", "trainee", "co-op",
                "实习", "实习生",
            ]
        ),
        (.lead, ["lead", "head", "manager", "director"]),
        (.senior, ["senior", "sr", "staff", "principal", "iii"]),
        (
            .junior,
            ["junior", "jr", "graduate", "entry", "entry-level", "new grad", "i", "associate"]
        ),
        (.mid, ["intermediate", "mid", "mid-level", "ii"]),
    ]

    static func seniority(title: String?, minimumYears: Int?) -> Seniority {
        if let title {
            // "Applied ML Scientist / Senior Applied ML Scientist": the first title is the job.
            let first = title.components(separatedBy: " / ").first ?? title
            let words = first.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(
                String.init)
            for (level, markers) in titleLevels
            where markers.contains(where: { marker in
                marker.unicodeScalars.first.map { $0.value >= 0x4E00 } == true
                    ? first.contains(marker) : words.contains(marker)
            }) {
                return level
            }
        }
        guard let years = minimumYears else { return .unspecified }
        return years <= 1 ? .junior : years <= 4 ? .mid : .senior
    }

    /// A file with resume headings (experience, education, skills) and no posting part is a resume.
    /// A file with a candidate's contact line and resume headings (experience, education, skills), and no
    /// heading only a posting has (responsibilities, preferred, benefits, requirements), is a resume.
    func looksLikeResume(_ blocks: [Block]) -> Bool {
        var sections = Set<Section>()
        for block in blocks
        where block.kind == .heading || block.text.isAllCaps
            || block.text.wordCount <= 3
        {
            let text = Self.stripped(block.text)
            if let part = vocabulary.part(forHeading: text),
                headings.exactSection(for: text) == nil,
                part != .ignored || block.kind == .heading
            {
                return false
            }
            if let section = headings.exactSection(for: text) { sections.insert(section) }
        }
        let contact = ContactFinder().contact(in: Array(blocks.prefix(6)))
        return (contact.email != nil || contact.phone != nil)
            && sections.intersection([.experience, .education, .skills, .projects]).count >= 2
    }
}
