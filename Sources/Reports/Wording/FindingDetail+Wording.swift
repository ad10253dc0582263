import SkillgapCore

extension FindingDetail {
    /// The specifics in words. Quoted resume text in it is raw: each renderer escapes the whole sentence.
    public var sentence: String {
        switch self {
        case let .missingSections(sections):
            return "missing: " + sections.map(\.rawValue).joined(separator: ", ")
        case let .incompleteProjects(count, total, first, lacking):
            return "\(count) of \(total) project entries do not state all three; first at \(first.long): no "
                + lacking.map(\.rawValue).joined(separator: ", ")
        case let .fewNumbers(withNumber, total):
            return "\(withNumber) of \(total) bullets have a number"
        case let .length(problems):
            return problems.map { problem in
                switch problem {
                case let .tooManyPages(pages): "\(pages) pages"
                case let .tooFewWords(words, minimum): "\(words) words, under \(minimum)"
                case let .tooManyWords(words, maximum): "\(words) words, over \(maximum)"
                }
            }.joined(separator: "; ")
        case let .phrases(lines, first, phrase, quote):
            return "\(lines) line\(lines == 1 ? "" : "s"); first at \(first.long): \"\(phrase)\" in \"\(quote)\""
        case let .undated(sections):
            return "no dates in: " + sections.map(\.rawValue).joined(separator: ", ")
        }
    }
}
