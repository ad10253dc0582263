import SkillgapCore

/// Renders an assessment (`skillgap check`) in one output format.
public protocol AssessmentReporter: Sendable {
    func render(_ assessment: Assessment) -> String
}
