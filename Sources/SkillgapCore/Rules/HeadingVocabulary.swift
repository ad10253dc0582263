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

    /// The vocabulary compiled into the binary.
    public static let standard: HeadingVocabulary = {
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
        exact[Self.normalize(heading)]
    }

    /// The section a heading names exactly or through a keyword as its first or last word ("Technical Skills
    /// & Tools"), or nil. With `keywordLast`, the keyword must be the last word, as in "Selected Research
    /// Projects" but not in the job title "Project Manager".
    public func section(for heading: String, keywordLast: Bool = false) -> Section? {
        let key = Self.normalize(heading)
        if let section = exact[key] { return section }
        // Section headings carry no commas, digits or bars: "Alpine Technologies, Director" is an entry.
        guard !heading.contains(where: { $0 == "," || $0 == "|" || $0.isNumber }) else {
            return nil
        }
        let words = key.split(separator: " ").map(String.init)
        guard !words.isEmpty, words.count <= 6 else { return nil }
        // A heading's topic is its first or last word: "Skills & Tools", "Selected Research Projects".
        let candidates = keywordLast ? [words.last] : [words.first, words.last]
        return keywords.first(where: { candidates.contains($0.keyword) })?.section
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
