import SkillgapCore

/// The gap report: score and verdict, requirements with evidence, gaps with advice, skills only claimed,
/// resume checks, and what was read. Resume text is escaped so it cannot inject Markdown or HTML.
public struct MarkdownAssessmentReporter: AssessmentReporter {
    public init() {}

    public func render(_ assessment: Assessment) -> String {
        var lines: [String] = []
        header(assessment, into: &lines)
        requirementsTable(assessment, into: &lines)
        gaps(assessment, into: &lines)
        claimed(assessment, into: &lines)
        otherSkills(assessment, into: &lines)
        checks(assessment, into: &lines)
        read(assessment, into: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    private func header(_ assessment: Assessment, into lines: inout [String]) {
        let who = assessment.resume.contact.name.map { MarkdownText.escape($0) + ": " } ?? ""
        lines.append("# \(who)\(MarkdownText.escape(assessment.role.title)) gap report")
        lines.append("")
        let musts = assessment.mustHaves
        if let score = assessment.score {
            lines.append("**Score: \(score)/100** · must-haves met: \(musts.met) of \(musts.total) · \(assessment.verdict)")
        } else {
            lines.append("**Not scored.** \(MarkdownText.escape(assessment.unscoredReason ?? "")) · must-haves met: \(musts.met) of \(musts.total)")
        }
        lines.append("")
        lines.append("File: `\(assessment.file.replacingOccurrences(of: "`", with: "'"))` · role `\(assessment.role.id)` version \(assessment.role.version)")
    }

    private func requirementsTable(_ assessment: Assessment, into lines: inout [String]) {
        lines += ["", "## Requirements", "", "| Requirement | Level | Status | Evidence |", "|---|---|---|---|"]
        for result in assessment.requirements {
            let status = "\(Self.icon(result.status)) \(result.status.rawValue)"
            let evidence = result.shown.isEmpty ? "not found" : result.shown.prefix(3).map { skill in
                let name = MarkdownText.escape(nameOf(skill.skillID, in: assessment))
                guard let best = skill.evidence.max(by: { $0.strength < $1.strength }) else { return name }
                return "\(name) (\(best.strength.rawValue), \(best.section.rawValue), \(place(best))): \(MarkdownText.quote(best.text, limit: 70))"
            }.joined(separator: "<br>")
            lines.append("| \(MarkdownText.escape(result.requirement.title)) | \(result.requirement.level.rawValue) | \(status) | \(evidence) |")
        }
    }

    private func gaps(_ assessment: Assessment, into lines: inout [String]) {
        let gaps = assessment.gaps
        lines += ["", "## Gaps, most important first", ""]
        guard !gaps.isEmpty else {
            lines.append("None: every requirement is met.")
            return
        }
        for (index, gap) in gaps.enumerated() {
            let requirement = gap.requirement
            let state = gap.status == .missing ? "missing" : "partial: " + partialReason(gap, in: assessment)
            lines.append("\(index + 1). **\(MarkdownText.escape(requirement.title))** (\(requirement.level.rawValue), weight \(format(requirement.weight)), \(state))")
            if !requirement.why.isEmpty { lines.append("   - Why it matters: \(MarkdownText.escape(requirement.why))") }
            lines.append("   - What to do: \(MarkdownText.escape(requirement.advice))")
        }
    }

    private func partialReason(_ gap: RequirementResult, in assessment: Assessment) -> String {
        let shown = gap.shown.map { "\(nameOf($0.skillID, in: assessment)) \($0.strength.rawValue)" }
        let needed = gap.requirement.needed
        let count = gap.shown.count < needed ? "\(gap.shown.count) of \(needed) needed shown" : "not shown in use"
        return MarkdownText.escape(shown.joined(separator: ", ") + "; " + count)
    }

    private func claimed(_ assessment: Assessment, into lines: inout [String]) {
        let claimed = assessment.claimedNotDemonstrated
        lines += ["", "## Claimed but not demonstrated", ""]
        guard !claimed.isEmpty else {
            lines.append("None: every skill the resume lists is also shown in experience, projects or education.")
            return
        }
        lines.append("These appear only in a skills list or summary. Show each one in a project or job bullet.")
        lines.append("")
        for skill in claimed.sorted(by: { ($0.inRole ? 0 : 1, $0.skill.name) < ($1.inRole ? 0 : 1, $1.skill.name) }) {
            let first = skill.evidence[0]
            let role = skill.inRole ? " (the role asks for it)" : ""
            lines.append("- **\(MarkdownText.escape(skill.skill.name))**\(role): \(first.section.rawValue), \(place(first))")
        }
    }

    private func otherSkills(_ assessment: Assessment, into lines: inout [String]) {
        let others = assessment.skills.filter { !$0.inRole && $0.status != .listed }
        guard !others.isEmpty else { return }
        lines += ["", "## Other skills found", ""]
        lines.append(others.map { "\(MarkdownText.escape($0.skill.name)) (\($0.status.rawValue))" }.joined(separator: ", "))
    }

    private func checks(_ assessment: Assessment, into lines: inout [String]) {
        lines += ["", "## Resume checks", ""]
        guard !assessment.findings.isEmpty else {
            lines.append("All checks pass.")
            return
        }
        for finding in assessment.findings.sorted(by: { $0.level < $1.level }) {
            let detail = finding.detail.map { " (\(MarkdownText.escape($0)))" } ?? ""
            lines.append("- \(Self.icon(finding.level)) **\(finding.level.rawValue)** `\(finding.rule)`: \(MarkdownText.escape(finding.message))\(detail)")
        }
    }

    private func read(_ assessment: Assessment, into lines: inout [String]) {
        let resume = assessment.resume
        let document = resume.document
        lines += ["", "## What was read", ""]
        var facts = ["format: \(document.format.rawValue)", "pages: \(document.pages)", "words: \(document.wordCount)"]
        if let layout = document.layout { facts.append("layout: \(layout)") }
        lines.append("- " + facts.joined(separator: " · "))
        lines.append("- sections: " + resume.sectionsFound.map(\.rawValue).joined(separator: ", "))
        let links = resume.links.map { "\($0.kind.rawValue) \(MarkdownText.escape($0.url))" }
        lines.append("- links: " + (links.isEmpty ? "none" : links.joined(separator: ", ")))
        for warning in document.warnings { lines.append("- warning: \(MarkdownText.escape(warning))") }
        lines += ["", "Score = 100 × Σ(weight × coverage) / Σ weight; a skill earns 1.0 demonstrated, 0.75 coursework, 0.5 listed. `skillgap rules show \(assessment.role.id)` lists the weights."]
    }

    private func nameOf(_ id: String, in assessment: Assessment) -> String {
        assessment.skills.first { $0.skill.id == id }?.skill.name ?? id
    }

    private func place(_ evidence: Evidence) -> String {
        "p\(evidence.page) L\(evidence.line)"
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    static func icon(_ status: RequirementStatus) -> String {
        switch status {
        case .met: "✅"
        case .partial: "🟡"
        case .missing: "❌"
        }
    }

    static func icon(_ level: CheckLevel) -> String {
        switch level {
        case .error: "❌"
        case .warning: "⚠️"
        case .suggestion: "💡"
        }
    }
}
