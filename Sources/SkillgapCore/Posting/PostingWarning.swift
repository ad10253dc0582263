/// Something the reader of a posting report must know about how the posting was read.
public enum PostingWarning: Equatable, Sendable {
    /// No line of the posting asks for a skill, a degree or years: there is nothing to match against.
    case noRequirements
    /// The posting is in a language the posting rules do not cover (ISO 639-1 code, or "unknown").
    case unsupportedLanguage(String)
    /// The file reads as a resume, not a posting.
    case looksLikeResume
    /// Warnings from reading the file (pages left out, hidden text...).
    case extraction(ExtractionWarning)
}
