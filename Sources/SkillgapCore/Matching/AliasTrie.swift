/// Every alias of every skill in one character trie over case-folded text, so finding all aliases in a text
/// costs time in proportion to the text (and the longest alias), not to the number of aliases.
///
/// The trie is built with linked lists of siblings, then frozen into flat arrays: each node's children are a
/// sorted run of keys, and the root's ASCII children a table, because hashing every character of every line
/// was most of the cost of matching.
struct AliasTrie: Sendable {
    struct Entry: Sendable {
        var skill: Int
        var alias: SkillAlias
        /// The alias as written (normalized), for case-sensitive comparison. A string rather than its scalars:
        /// only an alias found in a text is compared, and the compiled pack's strings cost nothing to make.
        var normalized: String
        /// For a deed's verb, the index of the deed in `deeds`; -1 for a name or signal.
        var deed: Int = -1
    }

    /// Entry `e` is its skill, its alias (text and kind), its deed (or -1) and its normalized text, at `e` of
    /// these columns: the compiled pack's columns are used as they are, with no entry made until one is found.
    private var entrySkills: [Int32] = []
    private var entryTexts: [String] = []
    private var entryKinds: [SkillAlias.Kind] = []
    private var entryDeeds: [Int32] = []
    private var entryNormalized: [String] = []
    /// Every deed of every skill, in the order of the skills: a verb's entry points here.
    private(set) var deeds: [(skill: Int, deed: SkillDeed)] = []

    /// Node `n`'s children are `childKeys[childStart[n]..<childStart[n + 1]]` (sorted), leading to the nodes
    /// at the same positions of `childNodes`; its entries are `entryIndices[entryStart[n]..<entryStart[n + 1]]`.
    private var childStart: [Int32] = []
    private var childKeys: [UInt32] = []
    private var childNodes: [Int32] = []
    private var entryStart: [Int32] = []
    private var entryIndices: [Int32] = []
    /// The root's child for each ASCII key, or -1.
    private var asciiRoot = [Int32](repeating: -1, count: 128)

    /// The trie as flat arrays, which `CompiledRules` writes out so that the built-in pack's trie costs
    /// nothing to build. An entry is its skill, its alias (text and kind), its deed (or -1), and its text as
    /// normalized for matching.
    struct Frozen: Equatable {
        var entrySkills: [Int32]
        var entryTexts: [String]
        var entryKinds: [SkillAlias.Kind]
        var entryDeeds: [Int32]
        var entryNormalized: [String]
        var childStart: [Int32]
        var childKeys: [UInt32]
        var childNodes: [Int32]
        var entryStart: [Int32]
        var entryIndices: [Int32]
    }

    var frozen: Frozen {
        Frozen(
            entrySkills: entrySkills, entryTexts: entryTexts, entryKinds: entryKinds,
            entryDeeds: entryDeeds, entryNormalized: entryNormalized,
            childStart: childStart, childKeys: childKeys, childNodes: childNodes,
            entryStart: entryStart, entryIndices: entryIndices)
    }

    /// The trie of `skills` from its frozen arrays (made from the same skills by `init(skills:)`).
    init(skills: [Skill], frozen: Frozen) {
        for (skillIndex, skill) in skills.enumerated() {
            for deed in skill.deeds { deeds.append((skillIndex, deed)) }
        }
        entrySkills = frozen.entrySkills
        entryTexts = frozen.entryTexts
        entryKinds = frozen.entryKinds
        entryDeeds = frozen.entryDeeds
        entryNormalized = frozen.entryNormalized
        childStart = frozen.childStart
        childKeys = frozen.childKeys
        childNodes = frozen.childNodes
        entryStart = frozen.entryStart
        entryIndices = frozen.entryIndices
        for position in Int(childStart[0])..<Int(childStart[1]) where childKeys[position] < 128 {
            asciiRoot[Int(childKeys[position])] = childNodes[position]
        }
    }

    init(skills: [Skill]) {
        var entries: [Entry] = []
        var builder = Builder()
        for (skillIndex, skill) in skills.enumerated() {
            for alias in skill.aliases {
                builder.insert(
                    Entry(skill: skillIndex, alias: alias, normalized: ""), into: &entries)
            }
            for deed in skill.deeds {
                for verb in deed.verbs {
                    builder.insert(
                        Entry(
                            skill: skillIndex, alias: SkillAlias(verb, kind: .signal),
                            normalized: "",
                            deed: deeds.count),
                        into: &entries)
                }
                deeds.append((skillIndex, deed))
            }
        }
        entrySkills = entries.map { Int32($0.skill) }
        entryTexts = entries.map(\.alias.text)
        entryKinds = entries.map(\.alias.kind)
        entryDeeds = entries.map { Int32($0.deed) }
        entryNormalized = entries.map(\.normalized)
        freeze(builder)
    }

    /// Entry `index`, made from its columns.
    private func entry(_ index: Int) -> Entry {
        Entry(
            skill: Int(entrySkills[index]),
            alias: SkillAlias(entryTexts[index], kind: entryKinds[index]),
            normalized: entryNormalized[index], deed: Int(entryDeeds[index]))
    }

    /// The trie while it is built: each node's children in a linked list of siblings (no hashing, few
    /// allocations; the root has a few dozen children, every other node one or two).
    private struct Builder {
        var keys: [UInt32] = [0]
        var firstChild: [Int32] = [-1]
        var nextSibling: [Int32] = [-1]
        var terminals: [[Int32]] = [[]]

        mutating func insert(_ entry: Entry, into entries: inout [Entry]) {
            let normalized = TextNormalizer.normalize(entry.alias.text)
            guard !normalized.isEmpty else { return }
            var node = 0
            for scalar in normalized.unicodeScalars {
                let key = MatchText.fold(scalar)
                var child = Int(firstChild[node])
                while child >= 0, keys[child] != key { child = Int(nextSibling[child]) }
                if child < 0 {
                    child = keys.count
                    keys.append(key)
                    firstChild.append(-1)
                    nextSibling.append(firstChild[node])
                    terminals.append([])
                    firstChild[node] = Int32(child)
                }
                node = child
            }
            var entry = entry
            entry.normalized = normalized
            terminals[node].append(Int32(entries.count))
            entries.append(entry)
        }
    }

    private mutating func freeze(_ builder: Builder) {
        let count = builder.keys.count
        childStart.reserveCapacity(count + 1)
        entryStart.reserveCapacity(count + 1)
        childKeys.reserveCapacity(count)
        childNodes.reserveCapacity(count)
        var run: [(key: UInt32, node: Int32)] = []
        for node in 0..<count {
            childStart.append(Int32(childKeys.count))
            run.removeAll(keepingCapacity: true)
            var child = Int(builder.firstChild[node])
            while child >= 0 {
                run.append((builder.keys[child], Int32(child)))
                child = Int(builder.nextSibling[child])
            }
            if run.count > 1 { run.sort { $0.key < $1.key } }
            for (key, child) in run {
                childKeys.append(key)
                childNodes.append(child)
                if node == 0, key < 128 { asciiRoot[Int(key)] = child }
            }
            entryStart.append(Int32(entryIndices.count))
            entryIndices.append(contentsOf: builder.terminals[node])
        }
        childStart.append(Int32(childKeys.count))
        entryStart.append(Int32(entryIndices.count))
    }

    /// The child of `node` under `key`, or -1.
    @inline(__always)
    private func child(of node: Int, _ key: UInt32) -> Int {
        if node == 0 { return key < 128 ? Int(asciiRoot[Int(key)]) : search(0, key) }
        return search(node, key)
    }

    private func search(_ node: Int, _ key: UInt32) -> Int {
        var low = Int(childStart[node])
        var high = Int(childStart[node + 1])
        // Most nodes have a child or two: a short run is scanned, a long one halved.
        while high - low > 8 {
            let middle = (low + high) / 2
            if childKeys[middle] < key { low = middle + 1 } else { high = middle + 1 }
        }
        while low < high {
            if childKeys[low] == key { return Int(childNodes[low]) }
            if childKeys[low] > key { return -1 }
            low += 1
        }
        return -1
    }

    /// Calls `found` with each entry whose folded text matches `text` from `start`, shortest first, with the end.
    func walk(_ text: MatchText, from start: Int, _ found: (Entry, Int) -> Void) {
        var node = 0
        var index = start
        let folded = text.folded
        while index < folded.count {
            node = child(of: node, folded[index])
            guard node >= 0 else { return }
            index += 1
            for position in Int(entryStart[node])..<Int(entryStart[node + 1]) {
                found(entry(Int(entryIndices[position])), index)
            }
        }
    }
}
