/// Every alias of every skill in one character trie over case-folded text, so finding all aliases in a text
/// costs time in proportion to the text (and the longest alias), not to the number of aliases.
struct AliasTrie: Sendable {
    struct Entry: Sendable {
        var skill: Int
        var alias: SkillAlias
        /// The alias as written, for case-sensitive comparison.
        var scalars: [Unicode.Scalar]
    }

    private struct Node: Sendable {
        var children: [UInt32: Int32] = [:]
        var entries: [Int32] = []
    }

    private var nodes = [Node()]
    private(set) var entries: [Entry] = []

    init(skills: [Skill]) {
        for (skillIndex, skill) in skills.enumerated() {
            for alias in skill.aliases {
                let scalars = Array(TextNormalizer.normalize(alias.text).unicodeScalars)
                guard !scalars.isEmpty else { continue }
                var node = 0
                for scalar in scalars {
                    let key = MatchText.fold(scalar)
                    if let next = nodes[node].children[key] {
                        node = Int(next)
                    } else {
                        nodes.append(Node())
                        nodes[node].children[key] = Int32(nodes.count - 1)
                        node = nodes.count - 1
                    }
                }
                nodes[node].entries.append(Int32(entries.count))
                entries.append(Entry(skill: skillIndex, alias: alias, scalars: scalars))
            }
        }
    }

    /// Calls `found` with each entry whose folded text matches `text` from `start`, shortest first, with the end.
    func walk(_ text: MatchText, from start: Int, _ found: (Entry, Int) -> Void) {
        var node = 0
        var index = start
        while index < text.folded.count, let next = nodes[node].children[text.folded[index]] {
            node = Int(next)
            index += 1
            for entry in nodes[node].entries { found(entries[Int(entry)], index) }
        }
    }
}
