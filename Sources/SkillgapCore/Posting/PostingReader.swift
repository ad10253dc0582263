import Foundation

/// Reads a job posting from a document: the title and company, the parts (required, preferred,
/// responsibilities, ignored) from headings and inline labels, each line's part after its own wording, the
/// skills each requirement line names and how they combine, years, degree, conditions reported but never scored,
/// and what was not understood. It never decides a score; `PostingRole` turns the posting into a role.
public struct PostingReader: Sendable {
    let vocabulary: PostingVocabulary
    let headings: HeadingVocabulary
    let matcher: SkillMatcher
    let skillIDs: [String]
    /// Whether years asked for a skill are about that tool ("3+ years of Python") rather than the role's field
    /// ("5+ years of experience in data science").
    let yearsAreAboutTheSkill: [Bool]
    private static let toolCategories: Set<SkillCategory> = [
        .language, .web, .mobile, .mlLibrary, .dataTool, .database, .visualization, .cloud, .devops,
        .tool, .office,
        .os, .testing, .security,
    ]

    public init(pack: RulePack) {
        vocabulary = pack.postingVocabulary
        headings = pack.vocabulary
        matcher = pack.makeMatcher()
        skillIDs = pack.skills.map(\.id)
        yearsAreAboutTheSkill = pack.skills.map { Self.toolCategories.contains($0.category) }
    }

    public func posting(from document: Document) -> Posting {
        let blocks = document.blocks
        let titleIndex = titleIndex(in: blocks)
        let (title, titleInProse) =
            blocks.indices.contains(titleIndex)
            ? Self.title(from: blocks[titleIndex].text) : (nil, false)
        let company = titleInProse ? nil : companyLine(after: titleIndex, in: blocks)

        var (requirements, seen) = requirementLines(
            in: blocks, after: titleIndex, titleInProse: titleInProse)
        if let title, let asked = titleTools(title, block: blocks[titleIndex]) {
            requirements.insert(asked, at: 0)
        }
        if let company { requirements = requirements.map { Self.dropping(company, from: $0) } }
        let isResume = looksLikeResume(blocks)
        if !isResume, !requirements.contains(where: { $0.part == .required && !$0.skills.isEmpty })
        {
            // No part was recognised: lines that ask in their own words ("experience with", "proficiency in")
            // are required or preferred wherever they stand.
            for block in blocks
            where !seen.contains(block.text.lowercased()) && Self.asks(block.text) {
                seen.insert(block.text.lowercased())
                requirements.append(
                    requirement(
                        block.text, part: vocabulary.part(ofLine: block.text, under: .required),
                        block: block))
            }
        }

        let required = requirements.filter { $0.part == .required }
        // The years the role asks ("5+ years of experience in data science"); without them, the fewest asked
        // for a skill ("3+ years of Python").
        let minimumYears =
            required.filter { $0.yearsSkill == nil }.compactMap(\.years).min()
            ?? required.compactMap(\.years).min()
        var education = education(in: requirements)
        // The graduation window and "currently pursuing" may stand in a part the rules do not name.
        for block in blocks where education.graduationWindow == nil {
            education.graduationWindow = PostingLineFacts.graduationWindow(in: block.text)
        }
        let language = PostingLanguage.guess(blocks.map(\.text))
        var warnings = document.warnings.map(PostingWarning.extraction)
        var posting = Posting(
            document: document, title: title, company: company,
            seniority: Self.seniority(title: title, minimumYears: minimumYears), language: language,
            requirements: requirements, minimumYears: minimumYears, education: education,
            notes: notes(in: blocks), unrecognized: unrecognized(in: requirements), warnings: [])
        if !vocabulary.languages.contains(language), language != "unknown" {
            warnings.append(.unsupportedLanguage(language))
        }
        if isResume {
            // A resume's skills are no posting's requirements.
            posting.requirements = []
            posting.minimumYears = nil
            posting.education = EducationRequirement()
            posting.unrecognized = []
            warnings.append(.looksLikeResume)
        } else if !posting.hasRequirements {
            warnings.append(.noRequirements)
        }
        posting.warnings = warnings
        return posting
    }

    /// Every line of the required, preferred and responsibilities parts, sentence by sentence, and the clauses
    /// read (lower-cased), so the fallback below reads no line twice.
    private func requirementLines(
        in blocks: [Block], after titleIndex: Int, titleInProse: Bool
    )
        -> ([PostingRequirement], Set<String>)
    {
        var requirements: [PostingRequirement] = []
        var seen = Set<String>()
        // A posting that opens with a paragraph ("We are looking for a Senior Backend Engineer to ...") takes its
        // title from it; the paragraph itself describes the job.
        var current: PostingPart? = titleInProse ? .responsibilities : nil
        // The markup level of the heading that started the part (nil for a bold, colon or emoji line).
        var currentLevel: Int?
        var pendingClause: String?
        for index in blocks.indices
        where index > titleIndex || (titleInProse && index == titleIndex) {
            let block = blocks[index]
            if let part = headingPart(block) {
                current = part
                currentLevel = block.headingLevel
                continue
            }
            if Self.isStyledAsHeading(block, colonCounts: false) {
                // A heading the posting rules do not know ends the part before it ("Where you'll be", a
                // company name), unless it ranks below the heading that started the part: a bold
                // "EDUCATION" or "What will help you thrive?" under "### Qualifications" is a sub-heading.
                let ranksBelow =
                    currentLevel.map { level in block.headingLevel.map { $0 > level } ?? true }
                    ?? false
                if !ranksBelow { current = nil }
                continue
            }
            let (label, text) = inlineLabel(block.text)
            // "Requirements: ..." starts its part for the lines that follow too, as a heading would.
            if let label { current = label }
            guard let part = label ?? current, part != .ignored else { continue }
            // A paragraph may ask several things, each with its own wording ("Python is a must. Spark is a
            // plus."): each sentence or clause is read on its own. Job boards repeat whole sections; a clause
            // read once is enough.
            var clauses = Self.clauses(text)
            // A hard-wrapped line that broke a clause ("... experience with" / "Airflow or Dagster;") is read
            // whole: the broken end waits for the next line of the part.
            if let broken = pendingClause, !clauses.isEmpty, block.kind == .paragraph {
                clauses[0] = broken + " " + clauses[0]
            }
            pendingClause = nil
            if let last = clauses.last, Self.isBroken(last), block.kind == .paragraph {
                pendingClause = clauses.removeLast()
            }
            for (number, clause) in clauses.enumerated()
            where seen.insert(clause.lowercased()).inserted && !Self.announcesTheJob(clause) {
                var asked = requirement(
                    clause, part: vocabulary.part(ofLine: clause, under: part), block: block)
                asked.clause = number
                requirements.append(asked)
            }
        }
        if let broken = pendingClause, seen.insert(broken.lowercased()).inserted,
            let last = blocks.last
        {
            requirements.append(requirement(broken, part: current ?? .required, block: last))
        }
        return (requirements, seen)
    }

    /// "Data Engineer (with Spark, Python)", "Développeur C/C++ ou Python": tools the title names are asked.
    private func titleTools(_ title: String, block: Block) -> PostingRequirement? {
        var asked = requirement(title, part: .required, block: block)
        let kept = asked.skills.indices.filter { index in
            yearsAreAboutTheSkill[skillIDs.firstIndex(of: asked.skills[index]) ?? 0]
        }
        asked.skills = kept.map { asked.skills[$0] }
        asked.terms = kept.map { asked.terms[$0] }
        return asked.skills.isEmpty ? nil : asked
    }

    /// The requirement without the employer's own name: "contributed to GitLab" in GitLab's posting asks for
    /// no GitLab skill.
    private static func dropping(
        _ company: String, from requirement: PostingRequirement
    ) -> PostingRequirement {
        var requirement = requirement
        let kept = requirement.terms.indices.filter {
            requirement.terms[$0].lowercased() != company.lowercased()
        }
        requirement.skills = kept.map { requirement.skills[$0] }
        requirement.terms = kept.map { requirement.terms[$0] }
        return requirement
    }

    // MARK: - Parts

    /// The part a block starts when it is a heading: a heading block, or a short line that is nothing but a
    /// posting heading ("**Requirements**" read as a paragraph, "What you'll do:").
    func headingPart(_ block: Block) -> PostingPart? {
        let text = Self.stripped(block.text)
        let words = text.wordCount
        guard words >= 1, words <= 9, block.kind != .listItem || block.text.hasSuffix(":") else {
            return nil
        }
        if Self.isStyledAsHeading(block) || text.isAllCaps {
            return vocabulary.part(forHeading: text)
        }
        // A plain line names a part only by a heading's exact words.
        return vocabulary.exactPart(forHeading: text)
    }

    /// A heading by its look: marked up as one, or a short line set in bold, ending in a colon, or led by an
    /// emoji ("👉 Compétences techniques").
    /// With `colonCounts: false`, a line ending in a colon is no heading: "Experience with:" introduces a list
    /// inside its part rather than ending it.
    static func isStyledAsHeading(_ block: Block, colonCounts: Bool = true) -> Bool {
        if block.kind == .heading { return true }
        guard block.kind == .paragraph, block.text.wordCount <= 9 else {
            return false
        }
        let ledByPictograph =
            block.text.unicodeScalars.first.map {
                $0.value >= 0x1F000 || ($0.value >= 0x2190 && $0.properties.isEmojiPresentation)
            } ?? false
        return (block.font?.bold ?? false) || (colonCounts && block.text.hasSuffix(":"))
            || ledByPictograph
    }

    /// "Requirements: Python, SQL": the part named before a colon, and the rest of the line.
    func inlineLabel(_ text: String) -> (PostingPart?, String) {
        guard let colon = text.firstIndex(of: ":"),
            text.distance(from: text.startIndex, to: colon) <= 40
        else {
            return (nil, text)
        }
        let label = String(text[..<colon])
        guard label.wordCount <= 4, let part = vocabulary.part(forHeading: label),
            HeadingVocabulary.normalize(label).wordCount <= 4
        else { return (nil, text) }
        let rest = String(text[text.index(after: colon)...].trimmingSpaces)
        return rest.isEmpty ? (nil, text) : (part, rest)
    }

    /// Heading text without list markers, emphasis, emoji and a final colon.
    static func stripped(_ text: String) -> String {
        let edges: Set<Character> = ["*", "_", "#", ":", "：", "-", "–", "—", "•", "·", " ", "`"]
        let visible = text.unicodeScalars.filter { scalar in
            // Emoji badges ("🌎 remote") are decoration.
            !(scalar.value >= 0x2190
                && (scalar.properties.isEmojiPresentation || scalar.value >= 0x1F000))
        }
        return String(String(String.UnicodeScalarView(visible)).trimming(edges))
    }

    /// The sentences of a line, and the clauses of a sentence split at a semicolon.
    static func clauses(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            let spaced = index + 1 < characters.count && characters[index + 1] == " "
            let next = index + 2 < characters.count ? characters[index + 2] : nil
            let endsSentence =
                ".!?".contains(character) && spaced
                && next.map { $0.isUppercase || $0.isNumber } == true
            // "e.g. Python", "(ie. Airflow)" and "etc. Also" do not end a sentence at their abbreviation's dot.
            let abbreviation = abbreviations.contains(lastWord(of: current).lowercased())
            // ", preferably with Spark": what follows the comma is wished, what comes before it asked.
            let rest = String(characters[(index + 1)...].prefix(16)).lowercased()
            let wishFollows =
                character == ","
                && [" preferably", " ideally", " or ideally", " bonus"].contains(
                    where: rest.hasPrefix)
            if (character == ";" && spaced) || (endsSentence && !abbreviation) || wishFollows {
                pieces.append(String(current.trimmingSpaces))
                current = ""
            }
        }
        pieces.append(String(current.trimmingSpaces))
        return pieces.filter { !$0.isEmpty }
    }

    /// Abbreviations whose dot does not end a sentence, as they are written in postings.
    static let abbreviations: Set<String> = [
        "e.g.", "eg.", "i.e.", "ie.", "etc.", "vs.", "incl.", "esp.", "approx.", "min.", "max.",
        "cf.",
    ]

    /// The last word of a text, without the brackets or quotes that open it.
    static func lastWord(of text: String) -> Substring {
        let word = text.split(separator: " ").last ?? ""
        return word.drop(while: { "([\"'“‘".contains($0) })
    }

    static let askingPhrases = [
        "experience with", "experience in", "proficiency in", "proficient in",
        "knowledge of", "familiarity with", "familiar with", "years of", "degree in",
        "expertise in", "skilled in", "strong background in", "hands-on experience",
    ]

    static func asks(_ text: String) -> Bool {
        let lower = text.lowercased()
        return askingPhrases.contains { lower.contains($0) }
    }
}
