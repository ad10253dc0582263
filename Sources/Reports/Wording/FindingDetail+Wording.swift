import SkillgapCore

extension FindingDetail {
    /// The specifics in words. Quoted resume text in it is raw: each renderer escapes the whole sentence.
    public var sentence: String {
        switch self {
        case .missingSections(let sections):
            return "missing: " + sections.map(\.rawValue).joined(separator: ", ")
        case .incompleteProjects(let count, let total, let first, let lacking):
            return
                "\(count) of \(total) project entries do not state all three; first at \(first.long): no "
                + lacking.map(\.rawValue).joined(separator: ", ")
        case .fewNumbers(let withNumber, let total):
            return "\(withNumber) of \(total) bullets have a number"
        case .length(let problems):
            return problems.map { problem in
                switch problem {
                case .tooManyPages(let pages): "\(pages) pages"
                case .tooFewWords(let words, let minimum): "\(words) words, under \(minimum)"
                case .tooManyWords(let words, let maximum): "\(words) words, over \(maximum)"
                }
            }.joined(separator: "; ")
        case .phrases(let lines, let first, let phrase, let quote):
            return
                "\(lines) line\(lines == 1 ? "" : "s"); first at \(first.long): \"\(phrase)\" in \"\(quote)\""
        case .undated(let sections):
            return "no dates in: " + sections.map(\.rawValue).joined(separator: ", ")
        }
    }
}
