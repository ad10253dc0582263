/// The specifics of a resume check's finding: counts, the first example and where it is. Reports word them.
public enum FindingDetail: Equatable, Sendable {
    /// Required sections that were not found.
    case missingSections([Section])
    /// Project entries that do not state problem, approach and result; the first one and what it lacks.
    case incompleteProjects(count: Int, of: Int, first: SourceLocation, lacking: [ProjectPart])
    /// Bullets with a number, of the bullets counted.
    case fewNumbers(withNumber: Int, of: Int)
    /// What is wrong with the length.
    case length([LengthProblem])
    /// Lines with wording to avoid: how many, and the first one with its phrase and a quote.
    case phrases(lines: Int, first: SourceLocation, phrase: String, quote: String)
    /// Sections whose entries carry no dates.
    case undated([Section])

    /// What a project entry should state.
    public enum ProjectPart: String, Sendable {
        case problem, approach, result
    }

    /// A length outside the check's bounds.
    public enum LengthProblem: Equatable, Sendable {
        case tooManyPages(Int)
        case tooFewWords(Int, minimum: Int)
        case tooManyWords(Int, maximum: Int)
    }
}
