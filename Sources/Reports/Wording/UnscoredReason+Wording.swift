import SkillgapCore

extension UnscoredReason {
    /// Why the resume was not scored, and what to do about it.
    public var sentence: String {
        switch self {
        case .hiddenSkills(let words, let reasons):
            "the file hides \(words) words of text (\(HiddenTextReason.phrases(reasons))) that name skills, which looks like keyword stuffing; remove the hidden text"
        case .garbledText:
            "most of the extracted text is garbled (the PDF's fonts lack a Unicode map); export the PDF again or use DOCX"
        case .postingHasNoRequirements:
            "the job posting asks for nothing that can be matched (no skill, years or degree was found in it); check that the file is a posting"
        case .tooFewWords(let words):
            "only \(words) words could be read; the file holds too little text to score"
        }
    }
}
