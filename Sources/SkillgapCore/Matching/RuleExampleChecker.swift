/// Runs every skill's examples: each `match` line must name the skill and each `no-match` line must not.
/// A rule documents and tests itself; a failure points at the example's line in the YAML.
public struct RuleExampleChecker: Sendable {
    public struct Failure: Equatable, Sendable, CustomStringConvertible {
        public var location: RuleLocation
        public var skillID: String
        public var text: String
        public var expectedMatch: Bool

        public var description: String {
            "\(location): error: skill '\(skillID)' \(expectedMatch ? "does not match" : "matches") its \(expectedMatch ? "match" : "no-match") example \"\(text)\""
        }
    }

    private let pack: RulePack
    private let matcher: SkillMatcher

    public init(pack: RulePack) {
        self.pack = pack
        self.matcher = SkillMatcher(skills: pack.skills)
    }

    /// Every failing example of every skill.
    public func failures() -> [Failure] {
        var failures: [Failure] = []
        for (index, skill) in pack.skills.enumerated() {
            for example in skill.matchExamples where !names(index, example.text) {
                failures.append(
                    Failure(
                        location: example.location, skillID: skill.id, text: example.text,
                        expectedMatch: true))
            }
            for example in skill.noMatchExamples where names(index, example.text) {
                failures.append(
                    Failure(
                        location: example.location, skillID: skill.id, text: example.text,
                        expectedMatch: false))
            }
        }
        return failures
    }

    /// Whether skill `index` is found in `text`, read as a line of the experience section unless it starts
    /// with a section label ("Skills: ...").
    private func names(_ index: Int, _ text: String) -> Bool {
        let normalized = TextNormalizer.normalize(text)
        let sectioner = Sectioner(vocabulary: pack.vocabulary)
        let section =
            sectioner.inlineLabelSection(Block(kind: .paragraph, text: normalized, line: 1))
            ?? .experience
        return matcher.hits(in: normalized, section: section).contains { $0.skill == index }
    }
}
