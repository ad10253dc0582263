import SkillgapCore

/// `--format text`: a compact terminal summary (score, must-haves, top gaps), coloured when asked.
public struct TextAssessmentReporter: AssessmentReporter {
    public var color: Bool

    public init(color: Bool) {
        self.color = color
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    public func render(_ assessment: Assessment) -> String {
        var lines: [String] = []
        let who = assessment.resume.contact.name ?? assessment.file
        lines.append(paint("\(who) · \(assessment.role.title)", "1"))
        if let score = assessment.score {
            let tint = score >= 75 ? "32" : (score >= 50 ? "33" : "31")
            lines.append("score \(paint("\(score)/100", "1;\(tint)")) · must-haves \(assessment.mustHaves.met)/\(assessment.mustHaves.total) · \(assessment.verdict)")
        } else {
            lines.append(paint("not scored: \(assessment.unscoredReason ?? "")", "1;31"))
        }
        for result in assessment.requirements where result.requirement.level == .must {
            let mark = switch result.status {
            case .met: paint("✓", "32")
            case .partial: paint("~", "33")
            case .missing: paint("✗", "31")
            }
            lines.append("  \(mark) \(result.requirement.title)")
        }
        let gaps = assessment.gaps.prefix(3)
        if !gaps.isEmpty {
            lines.append("top gaps:")
            for gap in gaps { lines.append("  - \(gap.requirement.title): \(gap.requirement.advice)") }
        }
        let errors = assessment.findings.filter { $0.level == .error }
        for finding in errors { lines.append(paint("error: \(finding.message)", "31")) }
        return lines.joined(separator: "\n") + "\n"
    }
}
