import SkillgapCore

/// Renders a gap report (`skillgap check`) in one output format, from the render-neutral `AssessmentReport`.
public protocol AssessmentReporter: Sendable {
    func render(_ report: AssessmentReport) -> String
}

extension AssessmentReporter {
    /// The report on `assessment` in this format.
    public func render(_ assessment: Assessment) -> String {
        render(AssessmentReport(assessment))
    }
}
