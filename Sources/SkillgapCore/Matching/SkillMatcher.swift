/// Finds the skills of a taxonomy in a resume, with evidence for each: all aliases are compiled once into one
/// trie; each hit must stand as whole words, and ambiguous names (`R`, `Go`, `Julia`) need a skills list or
/// a context word in the same block.
public struct SkillMatcher: Sendable {
    public let skills: [Skill]
    let trie: AliasTrie
    private let context: FoldedPhrases
    private let notIn: FoldedPhrases
    /// The objects of every deed, folded, in the order of `AliasTrie.deeds`.
    private let deedObjects: FoldedPhrases
    /// Skills named like a kind of link (GitHub, GitLab, Kaggle, Hugging Face): in the contact lines their name
    /// labels the person's link, it is not the skill.
    private let linkPlatforms: Set<Int>

    /// The folded phrases of a matcher's skills, which `CompiledRules` writes out for the built-in pack.
    struct Phrases: Equatable {
        var context: FoldedPhrases
        var notIn: FoldedPhrases
        var deedObjects: FoldedPhrases

        /// The context words and not-in phrases of each of `skills`, and the objects of each of `deeds`.
        init(skills: [Skill], deeds: [(skill: Int, deed: SkillDeed)]) {
            context = FoldedPhrases(groups: skills.map(\.context))
            notIn = FoldedPhrases(groups: skills.map(\.notIn))
            deedObjects = FoldedPhrases(groups: deeds.map(\.deed.objects))
        }

        init(context: FoldedPhrases, notIn: FoldedPhrases, deedObjects: FoldedPhrases) {
            self.context = context
            self.notIn = notIn
            self.deedObjects = deedObjects
        }
    }

    public init(skills: [Skill]) {
        let trie = AliasTrie(skills: skills)
        self.init(skills: skills, trie: trie, phrases: Phrases(skills: skills, deeds: trie.deeds))
    }

    /// A matcher with its trie and phrases made already (`RulePackLoader.compiledMatcher`).
    init(skills: [Skill], trie: AliasTrie, phrases: Phrases) {
        self.skills = skills
        self.trie = trie
        context = phrases.context
        notIn = phrases.notIn
        deedObjects = phrases.deedObjects
        // Compared byte by byte, leaving out the id's dashes and stopping at the first difference: a string per
        // skill id, or a generic comparison with a filtered view, cost more than the rest of this init.
        let linkKinds = LinkKind.allCases.map { Array($0.rawValue.utf8) }
        self.linkPlatforms = Set(
            skills.indices.filter { index in
                var id = skills[index].id
                return id.withUTF8 { bytes in
                    linkKinds.contains { kind in
                        var position = 0
                        for byte in bytes where byte != UInt8(ascii: "-") {
                            guard position < kind.count, kind[position] == byte else {
                                return false
                            }
                            position += 1
                        }
                        return position == kind.count
                    }
                }
            })
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
            var blockHits = hits(in: block.text, section: section, listsSkills: block.listsSkills)
            if section == .contact { blockHits.removeAll { linkPlatforms.contains($0.skill) } }
            let wrapped = wrappedHits(at: blockIndex, of: resume.blocks, section: section)
            guard !blockHits.isEmpty || !wrapped.hits.isEmpty else { continue }
            let strength = LineStrength.strength(of: block.text, in: section) {
                wrapped.hits.isEmpty && Self.isOnlyNames(blockHits.map(\.range), of: block.text)
            }
            for hit in blockHits where lastBlock[hit.skill] != blockIndex {
                lastBlock[hit.skill] = blockIndex
                found[hit.skill, default: []].append(
                    Evidence(
                        location: location, text: block.text, strength: strength,
                        namesSkill: hit.namesSkill, range: hit.range))
            }
            for hit in wrapped.hits where lastBlock[hit.skill] != blockIndex {
                lastBlock[hit.skill] = blockIndex
                found[hit.skill, default: []].append(
                    Evidence(
                        location: location, text: wrapped.text, strength: strength,
                        namesSkill: hit.namesSkill, range: hit.range))
            }
        }
        return found.keys.sorted().map {
            SkillEvidence(skillID: skills[$0].id, evidence: found[$0]!)
        }
    }

    /// The hits that span the break between block `index` and the next when the next continues its sentence
    /// ("...improving" / "performance by 40%", "large language" / "models"): a PDF's wrapped line is a block of
    /// its own. Only a window around the break is matched (the longest term or deed is shorter), and the
    /// ranges are into `text`, the two lines joined.
    private func wrappedHits(
        at index: Int, of blocks: [Block], section: Section
    ) -> (
        text: String, hits: [(skill: Int, range: Range<Int>, namesSkill: Bool)]
    ) {
        let none = (text: "", hits: [(skill: Int, range: Range<Int>, namesSkill: Bool)]())
        guard index + 1 < blocks.count else { return none }
        let block = blocks[index]
        let next = blocks[index + 1]
        guard next.section == block.section, !next.startsSection, next.kind != .heading,
            block.kind != .heading, let first = next.text.unicodeScalars.first,
            first.properties.isLowercase, let last = block.text.unicodeScalars.last,
            !".;:!?".unicodeScalars.contains(last)
        else { return none }
        let line = Array(block.text.unicodeScalars)
        let following = Array(next.text.unicodeScalars)
        var tailStart = max(0, line.count - Self.wrapWindow)
        while tailStart > 0, line[tailStart - 1] != " " { tailStart -= 1 }
        var headEnd = min(following.count, Self.wrapWindow)
        while headEnd < following.count, following[headEnd] != " " { headEnd += 1 }
        // Built as UTF-8: appending a joined collection of scalars to a String goes through generic code,
        // and this runs for every wrapped line.
        var bytes: [UInt8] = []
        bytes.reserveCapacity((line.count - tailStart + headEnd + 1) * 2)
        func add(_ scalar: Unicode.Scalar) {
            if scalar.isASCII {
                bytes.append(UInt8(scalar.value))
            } else {
                bytes.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        for scalar in line[tailStart...] { add(scalar) }
        bytes.append(0x20)
        for scalar in following[..<headEnd] { add(scalar) }
        let window = String(decoding: bytes, as: UTF8.self)
        let join = line.count - tailStart
        let spanning = hits(in: window, section: section, listsSkills: block.listsSkills).filter {
            $0.range.lowerBound < join && $0.range.upperBound > join
        }
        guard !spanning.isEmpty else { return none }
        return (
            block.text + " " + next.text,
            spanning.map {
                (
                    $0.skill, ($0.range.lowerBound + tailStart)..<($0.range.upperBound + tailStart),
                    $0.namesSkill
                )
            }
        )
    }

    /// Characters on each side of a line break matched for terms and deeds that wrap across it.
    static let wrapWindow = 90

    /// Words that join the names of a list ("Eclipse for Java", "QuickTake, and Power Point").
    static let listJoiners: Set<String> = [
        "and", "or", "for", "with", "of", "in", "the", "a", "an", "etc",
    ]

    /// Whether `text` holds the names at `ranges` and next to nothing else ("Git", "CSS/CSS3", "Cross-functional
    /// collaboration, project management"): at most three names and one other word besides the words that join
    /// a list. Such a line is an item of a skills list, not a report of use.
    static func isOnlyNames(_ ranges: [Range<Int>], of text: String) -> Bool {
        guard !ranges.isEmpty, ranges.count <= 3 else { return false }
        var others = 0
        var word: [UInt32] = []
        var wordStart = -1
        func endWord(at end: Int) -> Bool {
            defer {
                wordStart = -1
                word.removeAll(keepingCapacity: true)
            }
            guard wordStart >= 0, !ranges.contains(where: { $0.overlaps(wordStart..<end) }) else {
                return true
            }
            // Every joiner is short: a longer word is another word at once, and no string is made.
            if word.count > 4
                || !listJoiners.contains(String(decoding: word.map { UInt8($0) }, as: UTF8.self))
            {
                others += 1
            }
            return others <= 1
        }
        var previous: Unicode.Scalar = " "
        for (index, scalar) in text.unicodeScalars.enumerated() {
            let inWord =
                MatchText.isAlphanumeric(scalar)
                || (scalar == "-" && MatchText.isAlphanumeric(previous))
            if inWord {
                if wordStart < 0 { wordStart = index }
                let folded = MatchText.fold(scalar)
                word.append(folded < 0x80 ? folded : 0x7F)
            } else if !endWord(at: index) {
                return false
            }
            previous = scalar
        }
        return endWord(at: text.unicodeScalars.count)
    }

    /// The skills found in one block of `section`, each with the scalar range of its first hit; a skill that
    /// is both named and shown reports the naming. The longest known term wins over its modifiers: a hit inside a
    /// longer hit of another skill, ending before it, modifies that term and is not a mention ("SQL" in "SQL
    /// Server"), so a taxonomy blocks a sense by naming the compound. A hit that ends the longer term is its
    /// head and stands ("problem-solver" in "creative problem-solver" is problem solving, and creative too).
    /// Only names cover: a behaviour that holds a name ("optimized SQL queries", "led the Python team") still
    /// names that skill.
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
        var open: [(skill: Int, namesSkill: Bool, end: Int)] = []
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
            trie.walk(match, from: start) { entry, wordEnd in
                var end = wordEnd
                if entry.deed >= 0 {
                    // A not-in phrase over the verb or the object blocks the deed ("lead generation for the
                    // sales team", "managed group policies").
                    guard let object = objectRange(of: entry.deed, after: wordEnd, in: match),
                        !notIn.phrases(inGroup: entry.skill).contains(where: {
                            match.phrase($0, covers: start..<wordEnd)
                                || match.phrase($0, covers: object)
                        })
                    else { return }
                    end = object.upperBound
                }
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
                    here.contains { $0.end > end && $0.skill != skill && $0.namesSkill }
                    || open.contains { $0.end > end && $0.skill != skill && $0.namesSkill }
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
            for hit in here where hit.namesSkill {
                open.append((hit.skill, hit.namesSkill, hit.end))
            }
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
        if notIn.phrases(inGroup: entry.skill).contains(where: { text.phrase($0, covers: range) }) {
            return false
        }
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
            found = context.phrases(inGroup: entry.skill).contains(where: text.containsWord)
            contextInBlock[entry.skill] = found
        }
        if !found, !Self.startsAName(scalars, after: range.upperBound),
            !Self.followsAt(scalars, before: range.lowerBound)
        {
            awaitingPeer.append((entry.skill, range))
        }
        return found
    }

    /// The object of deed `deed`, when one follows its verb (ending at `verbEnd`) within
    /// `SkillDeed.maximumGap` words, before a sentence or clause ends. A verb followed by a comma is a title or
    /// a label ("Tech Lead, Platform team"), not a deed.
    private func objectRange(of deed: Int, after verbEnd: Int, in text: MatchText) -> Range<Int>? {
        guard Self.endsWord(text, at: verbEnd, ambiguous: false),
            verbEnd == text.original.count || text.original[verbEnd] != ","
        else { return nil }
        let folded = text.folded
        let alphanumeric = text.alphanumeric
        var index = verbEnd
        var skipped = 0
        while skipped <= SkillDeed.maximumGap {
            while index < folded.count, !alphanumeric[index] {
                if Self.endsClause(text.original, at: index) { return nil }
                index += 1
            }
            guard index < folded.count else { return nil }
            for object in deedObjects.phrases(inGroup: deed)
            where index + object.count <= folded.count
                && folded[index..<(index + object.count)].elementsEqual(object)
                && Self.endsWord(text, at: index + object.count, ambiguous: false)
            {
                return index..<(index + object.count)
            }
            while index < folded.count,
                alphanumeric[index]
                    || ((folded[index] == 0x2D || folded[index] == 0x27) && index + 1 < folded.count
                        && alphanumeric[index + 1])
            {
                index += 1
            }
            skipped += 1
        }
        return nil
    }

    /// Whether the character at `index` ends a clause, so that a deed's verb and object cannot span it: `;`,
    /// `:`, brackets, `!`, `?`, `|`, a bullet, or a `.` that ends a sentence (not the one in `3.5`).
    static func endsClause(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        switch scalars[index] {
        case ";", ":", "(", ")", "[", "]", "!", "?", "|", "\u{2022}": return true
        case ".": return index + 1 == scalars.count || scalars[index + 1] == " "
        default: return false
        }
    }

    /// Whether the alias stands in `text` as written (case, for exact and ambiguous names) and as whole words.
    private func standsAsWord(
        _ entry: AliasTrie.Entry, _ range: Range<Int>, in text: MatchText
    ) -> Bool {
        let ambiguous = entry.alias.kind == .ambiguous
        if entry.alias.isCaseSensitive,
            !text.original[range].elementsEqual(entry.normalized.unicodeScalars)
        {
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
