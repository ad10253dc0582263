import SkillgapCore

/// Renders an assessment (`skillgap check`) in one output format.
public protocol AssessmentReporter {
    func render(_ assessment: Assessment) -> String
}
