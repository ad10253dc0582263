/// Phrases of the rules (context words, not-in phrases, deed objects) case-folded for matching, in groups (one
/// group per skill or per deed), kept in three flat arrays: the built-in pack's thousands of phrases are then
/// three arrays that `CompiledRules` writes out, not thousands of arrays made at every start.
struct FoldedPhrases: Sendable, Equatable {
    /// Every phrase's folded scalars, one phrase after another.
    private(set) var scalars: [UInt32] = []
    /// Phrase `p` is `scalars[phraseEnds[p - 1]..<phraseEnds[p]]` (from 0 for the first phrase).
    private(set) var phraseEnds: [Int32] = []
    /// Group `g` is phrases `groupEnds[g - 1]..<groupEnds[g]` (from 0 for the first group).
    private(set) var groupEnds: [Int32] = []

    /// `groups` folded, each phrase normalized (`TextNormalizer`) and folded (`MatchText.fold`) as the text
    /// it is compared with is.
    init(groups: [[String]]) {
        for group in groups {
            for phrase in group {
                var normalized = TextNormalizer.normalize(phrase)
                // The bytes of an ASCII phrase (nearly every one) are its scalars: folded straight from the
                // string's buffer, they cost half the instructions of mapping scalars.
                let ascii = normalized.withUTF8 { bytes in
                    bytes.allSatisfy { $0 < 0x80 }
                        ? bytes.map { MatchText.fold(Unicode.Scalar($0)) } : nil
                }
                scalars += ascii ?? normalized.unicodeScalars.map(MatchText.fold)
                phraseEnds.append(Int32(scalars.count))
            }
            groupEnds.append(Int32(phraseEnds.count))
        }
    }

    /// Phrases folded already (`CompiledRules`, written from `init(groups:)`).
    init(scalars: [UInt32], phraseEnds: [Int32], groupEnds: [Int32]) {
        self.scalars = scalars
        self.phraseEnds = phraseEnds
        self.groupEnds = groupEnds
    }

    /// The folded phrases of group `group`, in the order they were given.
    func phrases(inGroup group: Int) -> LazyMapSequence<Range<Int>, ArraySlice<UInt32>> {
        let first = group == 0 ? 0 : Int(groupEnds[group - 1])
        return (first..<Int(groupEnds[group])).lazy.map { phrase in
            let start = phrase == 0 ? 0 : Int(phraseEnds[phrase - 1])
            return scalars[start..<Int(phraseEnds[phrase])]
        }
    }
}
