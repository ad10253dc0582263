import SkillgapCore

/// `skillgap posting` for a person: the job, then every requirement line with its part and skills, then the
/// experience, education, conditions and what was not understood.
public struct PostingTextReporter: Sendable {
    public init() {}

    public func render(_ report: PostingReport) -> String {
        let text = UntrustedText.terminal
        let posting = report.posting
        var lines: [String] = []
        let company = posting.company.map { " at \(text($0))" } ?? ""
        lines.append("\(text(report.file)): \(text(posting.title ?? "untitled posting"))\(company)")
        lines.append(
            "seniority: \(posting.seniority.rawValue) · language: \(posting.language) · format: \(posting.document.format.rawValue)"
        )
        for warning in report.warnings { lines.append("warning: \(text(warning))") }
        lines.append("required skills: " + names(report.requiredSkills))
        lines.append("preferred skills: " + names(report.preferredSkills))
        lines.append("experience: " + (posting.minimumYears.map { "\($0)+ years" } ?? "not stated"))
        lines.append("education: " + (report.educationPhrase.map(text) ?? "not stated"))
        if let window = posting.education.graduationWindow {
            lines.append("graduation: \(text(window))")
        }
        for part in [PostingPart.required, .preferred, .responsibilities] {
            let ofPart = report.requirements.filter { $0.requirement.part == part }
            guard !ofPart.isEmpty else { continue }
            lines += ["", "[\(part.rawValue)]"]
            for (requirement, skills) in ofPart {
                var facts: [String] = []
                if !skills.isEmpty {
                    let joiner = requirement.mode == .any ? " or " : ", "
                    facts.append(skills.map(\.name).joined(separator: joiner))
                }
                if let years = report.yearsPhrase(requirement) { facts.append(years) }
                let suffix = facts.isEmpty ? "" : "  → " + text(facts.joined(separator: "; "))
                lines.append("L\(requirement.line)  \(text(requirement.text))\(suffix)")
            }
        }
        if !posting.notes.isEmpty {
            lines += ["", "[not scored]"]
            for note in posting.notes {
                lines.append("\(note.kind.rawValue): \(text(note.text)) (L\(note.line))")
            }
        }
        if !posting.unrecognized.isEmpty {
            lines += [
                "", "unrecognized terms: " + text(posting.unrecognized.joined(separator: ", ")),
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func names(_ skills: [PostingReport.SkillName]) -> String {
        skills.isEmpty ? "none" : UntrustedText.terminal(skills.map(\.name).joined(separator: ", "))
    }
}
