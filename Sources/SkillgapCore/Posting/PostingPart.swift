/// The part of a job posting a line belongs to.
public enum PostingPart: String, Codable, CaseIterable, Sendable {
    /// What the employer requires (Requirements, Minimum qualifications, Must have...).
    case required
    /// What the employer would like (Preferred, Nice to have, "a plus"...).
    case preferred
    /// What the job involves (What you'll do, Responsibilities...).
    case responsibilities
    /// About the company, benefits, pay, equal opportunity, how to apply, navigation: never scored.
    case ignored
}
