/// The headings and cue words that tell the parts of a job posting apart, loaded from
/// `Rules/postings/posting.yaml`; its examples are tests (`failures()`).
public struct PostingVocabulary: Sendable {
    /// An example of the file: a heading and the part it starts, or a line under a part and the part it is read as.
    public struct Example: Equatable, Sendable {
        public var text: String
        public var under: PostingPart?
        public var part: PostingPart
        public var location: RuleLocation
    }

    /// The languages the headings and cues are written for (ISO 639-1 codes).
    public let languages: [String]
    private let exact: [String: PostingPart]
    private let keywords: [(keyword: String, part: PostingPart)]
    private let preferredCues: [String]
    private let requiredCues: [String]
    public let examples: [Example]

    /// Parses and validates a posting vocabulary file; `name` is used in error messages.
    init(root: RuleNode) throws {
        let top = try root.mapping("a posting file", allowed: ["posting"], required: ["posting"])
        let fields = try top["posting"]!.mapping(
            "posting", allowed: ["languages", "parts", "cues", "examples"],
            required: ["languages", "parts", "cues"])
        languages = try fields["languages"]!.strings("languages").map(\.0)
        var exact: [String: PostingPart] = [:]
        var keywords: [(String, PostingPart)] = []
        for node in try fields["parts"]!.sequence("parts") {
            let entry = try node.mapping(
                "a part", allowed: ["part", "headings", "keywords"], required: ["part", "headings"])
            let part = try entry["part"]!.choice("part", PostingPart.self)
            for (heading, item) in try entry["headings"]!.strings("headings") {
                let key = HeadingVocabulary.normalize(heading)
                if let other = exact[key], other != part {
                    throw item.error(
                        "heading '\(heading)' is claimed by both '\(other.rawValue)' and '\(part.rawValue)'"
                    )
                }
                exact[key] = part
            }
            keywords += try (entry["keywords"]?.strings("keywords") ?? []).map {
                (HeadingVocabulary.normalize($0.0), part)
            }
        }
        let cues = try fields["cues"]!.mapping(
            "cues", allowed: ["preferred", "required"], required: ["preferred", "required"])
        preferredCues = try cues["preferred"]!.strings("preferred").map { $0.0.lowercased() }
        requiredCues = try cues["required"]!.strings("required").map { $0.0.lowercased() }
        var examples: [Example] = []
        for node in try fields["examples"]?.sequence("examples") ?? [] {
            let entry = try node.mapping(
                "an example", allowed: ["heading", "line", "under", "part"], required: ["part"])
            let part = try entry["part"]!.choice("part", PostingPart.self)
            let location = SkillFileReader.location(node)
            if let heading = entry["heading"] {
                examples.append(
                    Example(
                        text: try heading.string("heading"), under: nil, part: part,
                        location: location))
            } else if let line = entry["line"], let under = entry["under"] {
                examples.append(
                    Example(
                        text: try line.string("line"),
                        under: try under.choice("under", PostingPart.self),
                        part: part, location: location))
            } else {
                throw node.error("an example needs 'heading', or 'line' and 'under'")
            }
        }
        self.exact = exact
        self.keywords = keywords
        self.examples = examples
    }

    /// A vocabulary from its parts, as `CompiledRules` holds them.
    init(
        languages: [String], exact: [String: PostingPart],
        keywords: [(keyword: String, part: PostingPart)], preferredCues: [String],
        requiredCues: [String], examples: [Example]
    ) {
        self.languages = languages
        self.exact = exact
        self.keywords = keywords
        self.preferredCues = preferredCues
        self.requiredCues = requiredCues
        self.examples = examples
    }

    /// The private parts, for `RulePackSwiftSource` to write.
    var parts:
        (
            exact: [String: PostingPart], keywords: [(keyword: String, part: PostingPart)],
            preferredCues: [String], requiredCues: [String]
        )
    {
        (exact, keywords, preferredCues, requiredCues)
    }

    /// The vocabulary compiled into the binary.
    public static let standard: PostingVocabulary = {
        if CompiledRules.isCurrent { return CompiledRules.postingVocabulary() }
        let name = "postings/posting.yaml"
        guard let text = EmbeddedRuleFiles.all[name] else {
            fatalError("Rules/\(name) was not embedded")
        }
        do {
            return try PostingVocabulary(root: RuleSource(name: "Rules/" + name, text: text).root())
        } catch {
            fatalError("\(error)")
        }
    }()

    /// The part a heading's exact words name ("Requirements", "Nice to have"), or nil.
    public func exactPart(forHeading heading: String) -> PostingPart? {
        exact[HeadingVocabulary.normalize(heading)]
    }

    /// The part a heading starts, or nil when it names none. Short headings match a keyword as any word.
    public func part(forHeading heading: String) -> PostingPart? {
        let key = HeadingVocabulary.normalize(heading)
        guard !key.isEmpty else { return nil }
        if let part = exact[key] { return part }
        // Chinese and Japanese headings have no spaces: "Gate价值观" holds the heading "价值观".
        if key.unicodeScalars.contains(where: MatchText.isIdeographic), key.count <= 12,
            let (_, part) = exact.first(where: {
                $0.key.unicodeScalars.contains(where: MatchText.isIdeographic)
                    && key.contains($0.key)
            })
        {
            return part
        }
        let words = key.split(separator: " ").map(String.init)
        // An entry ("Acme, 2020") names a part only exactly.
        guard words.count <= 9, !heading.contains(where: { $0 == "," || $0.isNumber })
        else {
            return nil
        }
        return keywords.first { words.contains($0.keyword) }?.part
    }

    /// The part a line under `part` is read as: its own wording overrides its section.
    public func part(ofLine text: String, under part: PostingPart) -> PostingPart {
        let lower = Array(text.lowercased().utf8)
        func says(_ cues: [String]) -> Bool {
            cues.contains { CheckRunner.containsWord(lower, Array($0.utf8)) }
        }
        switch part {
        case .required where says(preferredCues): return .preferred
        case .preferred where says(requiredCues): return .required
        case .responsibilities where says(preferredCues): return .preferred
        case .responsibilities where says(requiredCues): return .required
        default: return part
        }
    }

    /// Every example that the vocabulary reads otherwise than it says, as `file:line:col: error:` lines.
    public func failures() -> [String] {
        examples.compactMap { example in
            let read =
                example.under.map { part(ofLine: example.text, under: $0) }
                ?? part(forHeading: example.text)
            guard read != example.part else { return nil }
            return "\(example.location): error: posting example \"\(example.text)\" is read as "
                + "\(read?.rawValue ?? "no part"), not \(example.part.rawValue)"
        }
    }
}
