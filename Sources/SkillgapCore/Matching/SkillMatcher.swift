/// Finds the skills of a taxonomy in a resume, with evidence for each: all aliases are compiled once into one
/// trie; each hit must stand as whole words, and ambiguous names (`R`, `Go`, `Julia`) need a skills list or
/// a context word in the same block.
public struct SkillMatcher: Sendable {
    public let skills: [Skill]
    private let trie: AliasTrie
    private let context: [[[UInt32]]]
    private let notIn: [[[UInt32]]]

    public init(skills: [Skill]) {
        self.skills = skills
        self.trie = AliasTrie(skills: skills)
        func folded(_ text: String) -> [UInt32] {
            TextNormalizer.normalize(text).unicodeScalars.map(MatchText.fold)
        }
        self.context = skills.map { $0.context.map(folded) }
        self.notIn = skills.map { $0.notIn.map(folded) }
    }

    /// Labels that make a line a list of courses, wherever it stands ("Relevant coursework:" under Honors).
    static let courseworkLabels = [
        "relevant coursework", "coursework", "course work", "relevant courses", "courses",
        "relevant modules", "key modules", "ap courses",
    ]

    /// The strength a line gives: its section's, except that a line of courses is coursework anywhere.
    static func strength(of text: String, in section: Section) -> EvidenceStrength {
        let base = EvidenceStrength(section: section)
        guard base == .demonstrated || base == .listed else { return base }
        let head = text.prefix(24).lowercased()
        let label = head.drop { !$0.isLetter }.prefix { $0 != ":" }
        guard head.contains(":"),
            courseworkLabels.contains(String(label).trimmingSpaces.description)
        else { return base }
        return .coursework
    }

    /// The evidence for every skill found in `resume`, in taxonomy order.
    public func evidence(in resume: Resume) -> [SkillEvidence] {
        var found: [Int: [Evidence]] = [:]
        // One mention per block: blocks of one flattened line share a location, so the block is compared.
        var lastBlock: [Int: Int] = [:]
        for (blockIndex, block) in resume.blocks.enumerated()
        where !block.startsSection && block.section != .interests {
            let section = block.section ?? .other
            let location = SourceLocation(block)
            for hit in hits(in: block.text, section: section, listsSkills: block.listsSkills)
            where lastBlock[hit.skill] != blockIndex {
                lastBlock[hit.skill] = blockIndex
                found[hit.skill, default: []].append(
                    Evidence(
                        location: location, text: block.text,
                        strength: Self.strength(of: block.text, in: section),
                        namesSkill: hit.namesSkill,
                        range: hit.range))
            }
        }
        return found.keys.sorted().map {
            SkillEvidence(skillID: skills[$0].id, evidence: found[$0]!)
        }
    }

    /// The skills found in one block of `section`, each with the scalar range of its first hit; a skill that
    /// is both named and shown reports the naming. The longest known term wins over its modifiers: a hit inside a
    /// longer hit of another skill, ending before it, modifies that term and is not a mention ("SQL" in "SQL
    /// Server"), so a taxonomy blocks a sense by naming the compound. A hit that ends the longer term is its
    /// head and stands ("problem-solver" in "creative problem-solver" is problem solving, and creative too).
    public func hits(
        in text: String, section: Section, listsSkills: Bool = false
    ) -> [(skill: Int, range: Range<Int>, namesSkill: Bool)] {
        let skillList = listsSkills || section == .skills
        let match = MatchText(text)
        var results: [(skill: Int, range: Range<Int>, namesSkill: Bool)] = []
        var seen = Set<Int>()
        // Whether an ambiguous skill's context words are in this block: asked once per skill, not once per
        // occurrence (a 100,000-character block full of "R" and "Go" took seconds, rescanning it each time).
        var contextInBlock: [Int: Bool] = [:]
        // Accepted hits that started earlier and may still cover a later, shorter one.
        var open: [(skill: Int, end: Int)] = []
        // Plain values, not trie entries: an entry holds arrays, and copying it retains them.
        var here: [(skill: Int, namesSkill: Bool, end: Int)] = []
        var awaitingPeer: [(skill: Int, range: Range<Int>)] = []
        let alphanumeric = match.alphanumeric
        for start in alphanumeric.indices {
            if start > 0, alphanumeric[start - 1], alphanumeric[start],
                !match.mayBreak(before: start)
            {
                continue
            }
            here.removeAll(keepingCapacity: true)
            trie.walk(match, from: start) { entry, end in
                // A skill already named needs its later hits only to cover shorter ones: the cheap word test
                // does (its not-in phrases and context were the cost of matching a long block).
                if seen.contains(entry.skill) {
                    if standsAsWord(entry, start..<end, in: match) {
                        here.append((entry.skill, entry.alias.namesSkill, end))
                    }
                    return
                }
                if accepts(
                    entry, start..<end, in: match, section: section, skillList: skillList,
                    contextInBlock: &contextInBlock, awaitingPeer: &awaitingPeer
                ) {
                    here.append((entry.skill, entry.alias.namesSkill, end))
                }
            }
            guard !here.isEmpty else { continue }
            open.removeAll { $0.end <= start }
            for (skill, namesSkill, end) in here where !seen.contains(skill) {
                let covered =
                    here.contains { $0.end > end && $0.skill != skill }
                    || open.contains { $0.end > end && $0.skill != skill }
                guard !covered else { continue }
                if let signalled = results.firstIndex(where: { $0.skill == skill }) {
                    // A name found after a signal replaces it.
                    guard namesSkill else { continue }
                    results[signalled] = (skill, start..<end, true)
                    seen.insert(skill)
                    continue
                }
                if namesSkill { seen.insert(skill) }
                results.append((skill, start..<end, namesSkill))
            }
            for hit in here { open.append((hit.skill, hit.end)) }
        }
        guard !awaitingPeer.isEmpty else { return results }
        return results + peerConfirmed(awaitingPeer, among: results)
    }

    private func accepts(
        _ entry: AliasTrie.Entry, _ range: Range<Int>, in text: MatchText, section: Section,
        skillList: Bool,
        contextInBlock: inout [Int: Bool], awaitingPeer: inout [(skill: Int, range: Range<Int>)]
    ) -> Bool {
        let scalars = text.original
        let ambiguous = entry.alias.kind == .ambiguous
        guard standsAsWord(entry, range, in: text) else { return false }
        if notIn[entry.skill].contains(where: { text.phrase($0, covers: range) }) { return false }
        guard ambiguous else { return true }
        if section == .contact { return false }
        // "Jane R. Doe", "R. K. Puram": a lone capital followed by a period and another capital is an initial,
        // unless the word before it is not part of a name ("in Python and R. Built the report").
        if range.count == 1, range.upperBound + 2 < scalars.count, scalars[range.upperBound] == ".",
            scalars[range.upperBound + 1] == " ",
            scalars[range.upperBound + 2].properties.isUppercase,
            Self.mayFollowAName(scalars, before: range.lowerBound)
        {
            return false
        }
        if skillList { return true }
        let found: Bool
        if let known = contextInBlock[entry.skill] {
            found = known
        } else {
            found = context[entry.skill].contains(where: text.containsWord)
            contextInBlock[entry.skill] = found
        }
        if !found, !Self.startsAName(scalars, after: range.upperBound),
            !Self.followsAt(scalars, before: range.lowerBound)
        {
            awaitingPeer.append((entry.skill, range))
        }
        return found
    }

    /// Whether the alias stands in `text` as written (case, for exact and ambiguous names) and as whole words.
    private func standsAsWord(
        _ entry: AliasTrie.Entry, _ range: Range<Int>, in text: MatchText
    ) -> Bool {
        let ambiguous = entry.alias.kind == .ambiguous
        if entry.alias.isCaseSensitive, !text.original[range].elementsEqual(entry.scalars) {
            return false
        }
        return Self.endsWord(text, at: range.upperBound, ambiguous: ambiguous)
            && Self.startsWord(text, at: range.lowerBound, ambiguous: ambiguous)
    }

    /// Whether a capitalized word follows `end` after one space ("Julia Chen", "Rust Belt"): the hit may then
    /// be a name, and a peer in the same block does not make it a skill.
    static func startsAName(_ scalars: [Unicode.Scalar], after end: Int) -> Bool {
        end + 1 < scalars.count && scalars[end] == " " && scalars[end + 1].properties.isUppercase
    }

    /// Whether "at " stands before `start` ("leading a team at OpenAI"): a company or a place, not a skill.
    static func followsAt(_ scalars: [Unicode.Scalar], before start: Int) -> Bool {
        start >= 3 && scalars[start - 1] == " "
            && (scalars[start - 2] == "t" || scalars[start - 2] == "T")
            && (scalars[start - 3] == "a" || scalars[start - 3] == "A")
            && (start == 3 || !scalars[start - 4].properties.isAlphabetic)
    }

    /// The ambiguous hits that lacked context but stand beside a name of another skill of their category ("C,
    /// C++, Java", "a Rust backend with a Python SDK", "Photoshop, Illustrator"): a named peer settles the sense.
    private func peerConfirmed(
        _ awaitingPeer: [(skill: Int, range: Range<Int>)],
        among results: [(skill: Int, range: Range<Int>, namesSkill: Bool)]
    ) -> [(skill: Int, range: Range<Int>, namesSkill: Bool)] {
        var confirmed: [(skill: Int, range: Range<Int>, namesSkill: Bool)] = []
        var added = Set(results.map(\.skill))
        for (skill, range) in awaitingPeer where !added.contains(skill) {
            let category = skills[skill].category
            guard
                results.contains(where: {
                    $0.namesSkill && $0.skill != skill && skills[$0.skill].category == category
                })
            else { continue }
            confirmed.append((skill, range, true))
            added.insert(skill)
        }
        return confirmed
    }

    /// Whether the text before `start` could be the first part of a person's name: nothing, or a capitalized
    /// word or initial, or a line break. A lower-case word ("and R.") or a list's comma ("Python, R.") is not.
    static func mayFollowAName(_ scalars: [Unicode.Scalar], before start: Int) -> Bool {
        var index = start - 1
        while index >= 0, scalars[index] == " " { index -= 1 }
        guard index >= 0 else { return true }
        if scalars[index] == "." { index -= 1 }
        var wordStart = index
        while wordStart > 0, scalars[wordStart - 1].properties.isAlphabetic { wordStart -= 1 }
        guard wordStart <= index, scalars[wordStart].properties.isAlphabetic else { return false }
        return scalars[wordStart].properties.isUppercase
    }

    /// The character after a match must end the word: not a letter or digit, not `+` or `#` (`C++`, `C#`),
    /// not `.` or `&` joining another word (`node.js`, `R&D`), and for ambiguous names not `'` or `-` joining
    /// one (`go-to-market`, `Julia's`).
    static func endsWord(_ text: MatchText, at end: Int, ambiguous: Bool) -> Bool {
        let scalars = text.original
        let alphanumeric = text.alphanumeric
        guard end < scalars.count else { return true }
        let next = scalars[end]
        if alphanumeric[end] { return !alphanumeric[end - 1] || text.mayBreak(before: end) }
        if next == "+" || next == "#" { return !alphanumeric[end - 1] }
        let joined = end + 1 < scalars.count && alphanumeric[end + 1]
        if joined, next == "." || next == "&" { return false }
        if joined, ambiguous, next == "'" || next == "’" || next == "-" { return false }
        return true
    }

    /// The character before a match must not join it to another word.
    static func startsWord(_ text: MatchText, at start: Int, ambiguous: Bool) -> Bool {
        let scalars = text.original
        let alphanumeric = text.alphanumeric
        guard start > 0 else { return true }
        let previous = scalars[start - 1]
        if alphanumeric[start - 1] { return !alphanumeric[start] || text.mayBreak(before: start) }
        let joined = start >= 2 && alphanumeric[start - 2]
        if joined, previous == "&" || (previous == "." && alphanumeric[start]) { return false }
        if joined, ambiguous, previous == "-" || previous == "'" || previous == "’" { return false }
        return true
    }

    /// About 100 characters of `text` around `range`, cut at word boundaries.
    static func quote(_ text: String, around range: Range<Int>) -> String {
        guard text.utf8.count > 100 else { return text }
        return quote(Array(text.unicodeScalars), around: range)
    }

    static func quote(_ scalars: [Unicode.Scalar], around range: Range<Int>) -> String {
        guard scalars.count > 100 else { return String(String.UnicodeScalarView(scalars)) }
        var lower = max(0, range.lowerBound - 45)
        var upper = min(scalars.count, range.upperBound + 45)
        while lower > 0, scalars[lower - 1] != " " { lower -= 1 }
        while upper < scalars.count, scalars[upper] != " " { upper += 1 }
        let core = String(String.UnicodeScalarView(scalars[lower..<upper])).trimmingSpaces
        return (lower > 0 ? "…" : "") + core + (upper < scalars.count ? "…" : "")
    }
}
