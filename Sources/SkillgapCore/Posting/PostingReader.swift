import Foundation

/// Reads a job posting from a document: the title and company, the parts (required, preferred,
/// responsibilities, ignored) from headings and inline labels, each line's part after its own wording, the
/// skills each requirement line names and how they combine, years, degree, conditions reported but never scored,
/// and what was not understood. It never decides a score; `PostingRole` turns the posting into a role.
public struct PostingReader: Sendable {
    private let vocabulary: PostingVocabulary
    private let headings: HeadingVocabulary
    private let matcher: SkillMatcher
    private let skillIDs: [String]
    /// Whether years asked for a skill are about that tool ("3+ years of Python") rather than the role's field
    /// ("5+ years of experience in data science").
    private let yearsAreAboutTheSkill: [Bool]
    private static let toolCategories: Set<SkillCategory> = [
        .language, .web, .mobile, .mlLibrary, .dataTool, .database, .visualization, .cloud, .devops,
        .tool, .office,
        .os, .testing, .security,
    ]

    public init(pack: RulePack) {
        vocabulary = pack.postingVocabulary
        headings = pack.vocabulary
        matcher = SkillMatcher(skills: pack.skills)
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
        // "Data Engineer (with Spark, Python)", "Développeur C/C++ ou Python": tools the title names are asked.
        if let title, blocks.indices.contains(titleIndex) {
            var asked = requirement(title, part: .required, block: blocks[titleIndex])
            let kept = asked.skills.indices.filter { index in
                yearsAreAboutTheSkill[skillIDs.firstIndex(of: asked.skills[index]) ?? 0]
            }
            asked.skills = kept.map { asked.skills[$0] }
            asked.terms = kept.map { asked.terms[$0] }
            if !asked.skills.isEmpty { requirements.insert(asked, at: 0) }
        }
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

    // MARK: - Parts

    /// The part a block starts when it is a heading: a heading block, or a short line that is nothing but a
    /// posting heading ("**Requirements**" read as a paragraph, "What you'll do:").
    private func headingPart(_ block: Block) -> PostingPart? {
        let text = Self.stripped(block.text)
        let words = text.split(separator: " ").count
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
        guard block.kind == .paragraph, block.text.split(separator: " ").count <= 9 else {
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
    private func inlineLabel(_ text: String) -> (PostingPart?, String) {
        guard let colon = text.firstIndex(of: ":"),
            text.distance(from: text.startIndex, to: colon) <= 40
        else {
            return (nil, text)
        }
        let label = String(text[..<colon])
        guard label.split(separator: " ").count <= 4, let part = vocabulary.part(forHeading: label),
            HeadingVocabulary.normalize(label).split(separator: " ").count <= 4
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
            // "e.g. Python" and "etc. Also" do not end a sentence at their abbreviation's dot.
            let abbreviation = ["e.g.", "i.e.", "etc.", "vs."].contains(where: current.hasSuffix)
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

    /// Words that make a line a requirement wherever it stands.
    private static let askingPhrases = [
        "experience with", "experience in", "proficiency in", "proficient in",
        "knowledge of", "familiarity with", "familiar with", "years of", "degree in",
        "expertise in", "skilled in", "strong background in", "hands-on experience",
    ]

    private static func asks(_ text: String) -> Bool {
        let lower = text.lowercased()
        return askingPhrases.contains { lower.contains($0) }
    }

    // MARK: - Lines

    private func requirement(_ text: String, part: PostingPart, block: Block) -> PostingRequirement
    {
        var hits = skillHits(in: text)
        let scalars = Array(text.unicodeScalars)
        if PostingLineFacts.degree(in: text) != nil {
            // "BS in Computer Science or Statistics": a degree's field is not a skill the job asks for.
            let fields = Set(PostingLineFacts.fields)
            hits.removeAll {
                fields.contains(String(String.UnicodeScalarView(scalars[$0.range])).lowercased())
            }
        }
        let terms = hits.map { String(String.UnicodeScalarView(scalars[$0.range])) }
        let skills = hits.map { skillIDs[$0.skill] }
        var mode = Requirement.Mode.all
        if skills.count > 1 {
            let lower = text.lowercased()
            let between = zip(hits, hits.dropFirst()).map { pair -> String in
                let gap =
                    pair.0.range.upperBound..<max(pair.0.range.upperBound, pair.1.range.lowerBound)
                return String(String.UnicodeScalarView(scalars[gap])).lowercased()
            }
            let alternatives = [
                "one of", "either", "any of", "such as", "e.g.", "like ", "similar", "at least one",
            ]
            if between.contains(where: {
                $0.contains(" or ") || $0.hasPrefix("or ") || $0.contains("/")
                    || $0.contains(" ou ") || $0.contains(" oder ")
            })
                || alternatives.contains(where: lower.contains)
            {
                mode = .any
            }
        }
        var years: Int?
        var yearsSkill: String?
        if let found = PostingLineFacts.years(in: text) {
            years = found.years
            // "3+ years of Python": the first skill named right after the years is what they are about.
            let utf16 = Array(text.utf16)
            let after = String(decoding: utf16[min(found.end, utf16.count)...], as: UTF16.self)
                .lowercased()
            let tail = String(after.trimmingSpaces)
            if ["of ", "with ", "in ", "using ", "working with ", "programming in ", "de ", "d'"]
                .contains(where: tail.hasPrefix)
                || tail.hasPrefix("experience with") || tail.hasPrefix("experience in")
                || tail.hasPrefix("of experience with")
                || tail.hasPrefix("of experience in")
                || tail.hasPrefix("of hands-on experience with")
            {
                let offset = text.unicodeScalars.count - after.unicodeScalars.count
                if let hit = hits.first(where: {
                    $0.range.lowerBound >= offset && $0.range.lowerBound - offset <= 45
                }), yearsAreAboutTheSkill[hit.skill] {
                    yearsSkill = skillIDs[hit.skill]
                }
            }
        }
        return PostingRequirement(
            part: part, text: text, line: block.line, page: block.page, skills: skills,
            terms: terms, mode: mode, minimum: 1, years: years, yearsSkill: yearsSkill)
    }

    /// The skills a requirement line names, in order. A short name that needs context in a resume (R, Go,
    /// Spark) counts in a posting line when it stands in a list with another skill ("R and scikit-learn") or
    /// after words that ask for a skill ("experience with Spark").
    private func skillHits(in text: String) -> [(skill: Int, range: Range<Int>, namesSkill: Bool)] {
        let plain = matcher.hits(in: text, section: .experience)
        let listed = matcher.hits(in: text, section: .skills).sorted {
            $0.range.lowerBound < $1.range.lowerBound
        }
        let plainSkills = Set(plain.map(\.skill))
        let scalars = Array(text.unicodeScalars)
        func gap(_ range: Range<Int>) -> String {
            String(String.UnicodeScalarView(scalars[range])).lowercased()
        }
        let separators: Set<String> = [
            ",", "/", "and", "or", "&", "+", ";", "und", "oder", "et", "ou", "y", "o",
        ]
        let cues = [
            "with", "in", "of", "using", "like", "including", "e.g.", "as", "knowledge",
            "experience",
            // German and French: mit, in, von; avec, en, de.
            "mit", "von", "avec", "en", "de",
        ]
        return listed.filter { hit in
            guard !plainSkills.contains(hit.skill) else { return true }
            let inList = listed.contains { other in
                guard other.skill != hit.skill else { return false }
                let between =
                    other.range.lowerBound >= hit.range.upperBound
                    ? hit.range.upperBound..<other.range.lowerBound
                    : other.range.upperBound..<max(other.range.upperBound, hit.range.lowerBound)
                let words = gap(between).split(whereSeparator: { $0 == " " }).map(String.init)
                return between.count <= 6
                    && words.allSatisfy {
                        separators.contains($0.trimmingCharacters(in: .punctuationCharacters))
                            || separators.contains($0)
                    }
            }
            let before =
                gap(max(0, hit.range.lowerBound - 30)..<hit.range.lowerBound)
                .split(whereSeparator: { $0 == " " }).last.map(String.init) ?? ""
            // "tools: Airflow", "(Airflow", "ie. Airflow": a label or an example introduces the name.
            return inList || cues.contains(before) || before.hasSuffix(":") || before.hasSuffix("(")
                || ["ie.", "i.e.", "eg.", "incl."].contains(before)
        }
    }

    private func education(in requirements: [PostingRequirement]) -> EducationRequirement {
        var education = EducationRequirement()
        for requirement in requirements where requirement.part != .responsibilities {
            let text = requirement.text
            if PostingLineFacts.currentlyPursuing(text) { education.currentlyPursuing = true }
            if education.graduationWindow == nil {
                education.graduationWindow = PostingLineFacts.graduationWindow(in: text)
            }
            guard requirement.part == .required, let level = PostingLineFacts.degree(in: text)
            else { continue }
            // A line that names a level ("Master's degree") outranks one that only speaks of a degree
            // ("a degree-seeking program"), which counts as a bachelor's only when no line names a level.
            if PostingLineFacts.highestDegree(in: text) != nil {
                if education.levelIsAssumed || education.level.map({ level < $0 }) ?? true {
                    education.level = level
                    education.line = requirement.line
                    education.levelIsAssumed = false
                }
            } else if education.level == nil {
                education.level = level
                education.line = requirement.line
                education.levelIsAssumed = true
            }
            for field in PostingLineFacts.fields(in: text) where !education.fields.contains(field) {
                education.fields.append(field)
            }
            if PostingLineFacts.acceptsEquivalent(text) { education.equivalentAccepted = true }
        }
        return education
    }

    private func notes(in blocks: [Block]) -> [PostingNote] {
        var notes: [PostingNote] = []
        for block in blocks where block.text.count <= 300 {
            for kind in PostingLineFacts.noteKinds(in: block.text)
            where notes.filter({ $0.kind == kind }).count < 3
                && !notes.contains(where: { $0.text == block.text && $0.kind == kind })
            {
                notes.append(PostingNote(kind: kind, text: block.text, line: block.line))
            }
        }
        return notes
    }

    // MARK: - The job

    /// The title is the page's top-level heading, else the first line when it is short and names no part,
    /// else the first heading.
    private func titleIndex(in blocks: [Block]) -> Int {
        if let top = blocks.firstIndex(where: { $0.headingLevel == 1 }) { return top }
        if let first = blocks.first, first.text.split(separator: " ").count <= 12,
            headingPart(first) == nil,
            headings.exactSection(for: Self.stripped(first.text)) == nil
        {
            return 0
        }
        return blocks.firstIndex { $0.kind == .heading } ?? 0
    }

    private func companyLine(after titleIndex: Int, in blocks: [Block]) -> String? {
        let next = titleIndex + 1
        guard blocks.indices.contains(next) else { return nil }
        let text = Self.stripped(blocks[next].text)
        let words = text.split(separator: " ").count
        guard (1...6).contains(words), !blocks[next].text.trimmingSpaces.hasSuffix(":"),
            !text.contains(where: { $0 == ":" || $0.isNumber || $0 == "`" || $0 == "…" }),
            !text.hasSuffix("..."),
            blocks[next].kind != .listItem, headingPart(blocks[next]) == nil,
            PostingLanguage.guess([text]) == "unknown"
        else { return nil }
        return text
    }

    private static let titleLabels = [
        "job title", "title", "position", "role", "vacancy", "opening", "puesto",
        "puesto de trabajo", "poste", "intitulé du poste", "stelle", "stellenbezeichnung",
    ]
    private static let hiringPhrase = try! NSRegularExpression(
        pattern:
            #"\b(?:looking for|seeking|hiring|recruiting|searching for)\s+(?:an?|our next|a new|an experienced)\s+((?:[A-Z][\w+#./&-]*\s?){1,6})"#
    )

    private static let danglingWords: Set<String> = [
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
        let words = text.split(separator: " ").count
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

    private static let titleLevels: [(Seniority, [String])] = [
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
    private func looksLikeResume(_ blocks: [Block]) -> Bool {
        var sections = Set<Section>()
        for block in blocks
        where block.kind == .heading || block.text.isAllCaps
            || block.text.split(separator: " ").count <= 3
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

    // MARK: - Not understood

    /// Words that look technical but are no taxonomy skill: CamelCase, letters with digits, acronyms.
    private static let commonAcronyms: Set<String> = [
        "ML", "AI", "BS", "MS", "BA", "MA", "PHD", "US", "USA", "UK", "EU", "EEO", "HR", "IT", "OR",
        "AND", "API", "APIS",
        "CV", "CS", "UX", "UI", "KPI", "KPIS", "ROI", "TV", "PM", "CEO", "CTO", "NY", "SF", "LA",
        "OK", "WFH", "PTO",
        "PhD", "MSc", "BSc", "BEng", "MEng", "MBA", "GPA",
    ]

    private func unrecognized(in requirements: [PostingRequirement]) -> [String] {
        var found: [String] = []
        for requirement in requirements where requirement.part != .responsibilities {
            let known = Set(requirement.terms.flatMap { $0.split(separator: " ").map(String.init) })
            for raw in requirement.text.split(whereSeparator: { " ,;()[]{}\"“”'’!?".contains($0) })
            {
                let token = String(raw.trimming([".", ":", "/", "-"]))
                guard token.count >= 2, !known.contains(token), !found.contains(token) else {
                    continue
                }
                if Self.looksTechnical(token) { found.append(token) }
            }
        }
        return Array(found.prefix(40))
    }

    static func looksTechnical(_ token: String) -> Bool {
        let letters = token.filter(\.isLetter)
        guard !letters.isEmpty, token.count <= 30 else { return false }
        let hasDigit = token.contains(where: \.isNumber)
        if hasDigit, letters.count >= 1, !token.hasSuffix("s"), token.filter(\.isNumber).count < 4 {
            return token.first!.isLetter  // "S3", "EC2", "GPT-4"; not "2027" or "401k"
        }
        let scalars = Array(token)
        let camel = zip(scalars, scalars.dropFirst()).contains { $0.isLowercase && $1.isUppercase }
        if camel { return true }  // "BigQuery", "SageMaker"
        if commonAcronyms.contains(token) { return false }
        if letters.count >= 2, letters.count <= 6, letters.allSatisfy(\.isUppercase),
            token == letters
        {
            return !commonAcronyms.contains(token)  // "GCP", "ETL"; not "ML" or "BS"
        }
        return false
    }
}
