extension StringProtocol {
    /// The text without leading and trailing characters in `characters`. Swift-native, so hot paths avoid
    /// Foundation's bridged `trimmingCharacters(in:)`.
    public func trimming(_ characters: Set<Character>) -> SubSequence {
        guard let start = firstIndex(where: { !characters.contains($0) }),
            let end = lastIndex(where: { !characters.contains($0) })
        else { return self[endIndex...] }
        return self[start...end]
    }

    /// The text without leading and trailing spaces and tabs.
    public var trimmingSpaces: SubSequence { trimming([" ", "\t"]) }
}
