/// "Did you mean": the known name closest to a mistyped one, when it is close enough to be the one meant.
enum DidYouMean {
    /// The candidate at the smallest edit distance from `typed` (ignoring case; against the whole candidate or
    /// its start as long as `typed`), if that distance is at most a third of the typed length (and at least 1),
    /// or `typed` is a prefix of exactly one candidate.
    static func closest(to typed: String, among candidates: [String]) -> String? {
        let lower = typed.lowercased()
        let prefixed = candidates.filter { $0.lowercased().hasPrefix(lower) }
        if prefixed.count == 1, lower.count >= 2 { return prefixed[0] }
        // A mistyped start of a long name counts as that name ("ml-enginer" for "ml-engineer-intern").
        let scored = candidates.map { candidate in
            let name = candidate.lowercased()
            return (
                candidate,
                min(distance(lower, name), distance(lower, String(name.prefix(lower.count))))
            )
        }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return best.1 <= max(1, lower.count / 3) ? best.0 : nil
    }

    /// " (did you mean 'x'?)" or "".
    static func hint(_ typed: String, among candidates: [String]) -> String {
        closest(to: typed, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(
                    min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
