import SkillgapCore

extension PostingWarning {
    /// The warning as a reader sees it.
    public var sentence: String {
        switch self {
        case .noRequirements:
            "no requirement was found in the posting: no line names a skill, years of experience or a degree, so nothing can be matched and no match score is given"
        case .unsupportedLanguage(let code):
            "the posting looks written in \(Self.languageName(code)); the posting rules cover English, so only skill names were read"
        case .looksLikeResume:
            "the file reads as a resume (experience, education and skills sections), not a job posting"
        case .extraction(let warning):
            warning.sentence
        }
    }

    static func languageName(_ code: String) -> String {
        [
            "fr": "French", "de": "German", "es": "Spanish", "pt": "Portuguese", "zh": "Chinese",
            "en": "English",
        ][code]
            ?? "a language it could not tell (\(code))"
    }
}

extension PostingPart {
    /// How the posting report names the kind of a line: "required", "preferred", "responsibility".
    public var kindName: String {
        switch self {
        case .required: "required"
        case .preferred: "preferred"
        case .responsibilities: "responsibility"
        case .ignored: "ignored"
        }
    }
}
