import SkillgapCore

/// Renders what was read from one resume (`skillgap extract`) in one output format.
public protocol ResumeReporter {
    /// The whole output for `resume`, read from `file` (the path as the user gave it).
    func render(_ resume: Resume, file: String) -> String
}
