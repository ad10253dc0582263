/// The heading synonyms and keywords that map a resume's headings to canonical sections, loaded from
/// `Rules/sections/headings.yaml`.
public struct HeadingVocabulary: Sendable {
    private let exact: [String: Section]
    private let keywords: [(keyword: String, section: Section)]

    /// Parses and validates a vocabulary file; `name` is used in error messages.
    public init(yaml: String, name: String) throws {
        let root = try RuleSource(name: name, text: yaml).root()
        let top = try root.mapping("a headings file", allowed: ["sections"], required: ["sections"])
        var exact: [String: Section] = [:]
        var keywords: [(String, Section)] = []
        for entryNode in try top["sections"]!.sequence("sections") {
            let entry = try entryNode.mapping(
                "a section entry", allowed: ["section", "headings", "keywords"],
                required: ["section", "headings"])
            let section = try entry["section"]!.choice("section", Section.self)
            for (heading, node) in try entry["headings"]!.strings("headings") {
                let key = Self.normalize(heading)
                if let other = exact[key], other != section {
                    throw node.error(
                        "heading '\(heading)' is claimed by both '\(other.rawValue)' and '\(section.rawValue)'"
                    )
                }
                exact[key] = section
            }
            keywords += try (entry["keywords"]?.strings("keywords") ?? []).map {
                (Self.normalize($0.0), section)
            }
        }
        self.exact = exact
        self.keywords = keywords
    }

    /// A vocabulary from its parts, as `CompiledRules` holds them.
    init(exact: [String: Section], keywords: [(keyword: String, section: Section)]) {
        self.exact = exact
        self.keywords = keywords
    }

    /// The parts, for `RulePackSwiftSource` to write and the snapshot test to compare.
    var parts: (exact: [String: Section], keywords: [(keyword: String, section: Section)]) {
        (exact, keywords)
    }

    /// The vocabulary compiled into the binary.
    public static let standard: HeadingVocabulary = {
        if CompiledRules.isCurrent { return CompiledRules.vocabulary() }
        let name = "sections/headings.yaml"
        guard let text = EmbeddedRuleFiles.all[name] else {
            fatalError("Rules/\(name) was not embedded")
        }
        do { return try HeadingVocabulary(yaml: text, name: "Rules/" + name) } catch {
            fatalError("\(error)")
        }
    }()

    /// The section a heading names exactly ("Work Experience"), or nil.
    public func exactSection(for heading: String) -> Section? {
        exact[Self.normalize(Self.withoutRemark(heading.smallCapsMerged))]
    }

    /// The heading without a remark in brackets at its end ("Key publications (* denotes equal contribution)").
    static func withoutRemark(_ heading: String) -> String {
        guard heading.hasSuffix(")"), let open = heading.lastIndex(of: "("),
            open > heading.startIndex
        else { return heading }
        return String(heading[..<open]).trimmingSpaces.description
    }

    /// Words that end many headings without naming a topic ("Career Overview", "Skills Summary", "Education
    /// Details"): the topic, when the heading names one, wins over them.
    static let genericTails: Set<String> = [
        "summary", "overview", "highlights", "profile", "details", "information", "info", "section",
        "list",
    ]

    /// The section a heading names, by its shape: exactly ("Work Experience"); else by its head, the longest
    /// known ending that is not a generic tail ("Analytics Project Experience" ends in "project experience",
    /// "Core Strengths" in "strengths"); else by a keyword as its first word ("Skill Details", "Education
    /// Details"); else by a generic tail alone ("Career Overview" is a summary). A plural or singular of a
    /// known word counts ("Working Experiences"). With `keywordLast`, the first word does not count, as in the
    /// job title "Project Manager", unless a generic tail follows it ("Skill Details"). Nil when the heading
    /// names no section.
    public func section(for written: String, keywordLast: Bool = false) -> Section? {
        let heading = Self.withoutRemark(written.smallCapsMerged)
        let key = Self.normalize(heading)
        if let section = known(key) { return section }
        // Section headings carry no commas, digits or bars: "Alpine Technologies, Director" is an entry.
        guard !heading.contains(where: { $0 == "," || $0 == "|" || $0.isNumber }) else {
            return nil
        }
        let words = key.split(separator: " ").map(String.init)
        guard !words.isEmpty, words.count <= 6 else { return nil }
        for start in 1..<max(1, words.count) {
            let ending = words[start...].joined(separator: " ")
            guard !Self.genericTails.contains(ending) else { break }
            if let section = known(ending) ?? keyword(ending) { return section }
        }
        let genericEnd = words.count > 1 && Self.genericTails.contains(words[words.count - 1])
        if !keywordLast || genericEnd, let section = keyword(words[0]) { return section }
        return genericEnd ? known(words[words.count - 1]) : nil
    }

    /// The section of an exact heading, allowing for a plural or singular last word.
    private func known(_ key: String) -> Section? {
        if let section = exact[key] { return section }
        if key.hasSuffix("s"), let section = exact[String(key.dropLast())] { return section }
        return exact[key + "s"]
    }

    private func keyword(_ word: String) -> Section? {
        let forms = [word, word.hasSuffix("s") ? String(word.dropLast()) : word + "s"]
        return keywords.first(where: { forms.contains($0.keyword) })?.section
    }

    /// Lower case, "&" as "and", letters and single spaces only.
    static func normalize(_ heading: String) -> String {
        var result = ""
        result.reserveCapacity(heading.utf8.count)
        var pendingSpace = false
        func letter(_ character: Character) {
            if pendingSpace, !result.isEmpty { result.append(" ") }
            pendingSpace = false
            result.append(character)
        }
        for scalar in heading.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A: letter(Character(Unicode.Scalar(scalar.value + 32)!))
            case 0x61...0x7A: letter(Character(scalar))
            case 0x26:
                pendingSpace = true
                letter("a")
                result += "nd"
                pendingSpace = true
            case 0x20, 0x2F, 0x2D, 0x2C: pendingSpace = true
            case 0x80...:
                if scalar.properties.isAlphabetic {
                    for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                        letter(Character(lower))
                    }
                }
            default: break
            }
        }
        return result
    }
}
