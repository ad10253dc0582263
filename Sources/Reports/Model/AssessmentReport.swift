import SkillgapCore

/// What a gap report says, before it is written in any format: every renderer (Markdown, text, JSON, HTML)
/// draws from this one model, so they all say the same thing in the same order. Text in it is raw; each
/// renderer escapes it for its format through `UntrustedText`.
public struct AssessmentReport: Sendable {
    /// One skill shown for a requirement, with its strongest evidence.
    public struct ShownSkill: Sendable {
        public var name: String
        public var strength: EvidenceStrength
        public var best: Evidence?
    }

    /// A requirement with its verdict and the skills behind it, strongest first.
    public struct RequirementLine: Sendable {
        public var requirement: Requirement
        public var status: RequirementStatus
        public var coverage: Double
        public var shown: [ShownSkill]
        /// The field of a degree that counts for the requirement, if any.
        public var degreeField: String? = nil
    }

    /// A skill with all its evidence, for renderers that list every skill (JSON).
    public struct SkillLine: Sendable {
        public var id: String
        public var name: String
        public var status: EvidenceStrength
        public var inRole: Bool
        public var evidence: [Evidence]
    }

    /// What the analyzer read.
    public struct ReadFacts: Sendable {
        public var format: DocumentFormat
        public var pages: Int
        public var words: Int
        public var layout: PageLayout?
        public var sections: [Section]
        public var links: [Link]
        public var warnings: [ExtractionWarning]
    }

    public var file: String
    public var candidate: String?
    public var role: Assessment.RoleInfo
    public var score: Int?
    public var verdict: Verdict
    public var unscoredReason: UnscoredReason?
    public var mustHaves: (met: Int, total: Int)
    /// Every requirement, in the role's order.
    public var requirements: [RequirementLine]
    /// Requirements not met, in `GapOrder`.
    public var gaps: [RequirementLine]
    /// Skills only listed, never shown in use: the role's first, then by name.
    public var claimed: [SkillLine]
    /// Skills outside the role that are shown in use or coursework.
    public var otherSkills: [SkillLine]
    /// Every role skill (found or missing), then every other taxonomy skill found.
    public var skills: [SkillLine]
    /// The resume checks' findings, in the rule pack's order.
    public var findings: [Finding]
    public var read: ReadFacts
    /// The credit each strength earns, strongest first, as `ScoreFormula` computes it.
    public var credits: [(strength: EvidenceStrength, credit: Double)]
    /// How the resume meets the job posting it was scored for, if any.
    public var job: JobMatch?
    /// The portfolio given with the resume, checked against it, if any.
    public var portfolio: PortfolioReport?
    /// Skill names by id, for renderers that show a skill by its id.
    public var skillNames: [String: String]

    public init(_ assessment: Assessment) {
        let names = Dictionary(
            assessment.skills.map { ($0.skill.id, $0.skill.name) },
            uniquingKeysWith: { first, _ in first })
        func line(_ result: RequirementResult) -> RequirementLine {
            RequirementLine(
                requirement: result.requirement, status: result.status, coverage: result.coverage,
                shown: result.shown.map { skill in
                    ShownSkill(
                        name: names[skill.skillID] ?? skill.skillID, strength: skill.strength,
                        best: skill.evidence.max {
                            ScoreFormula.credit($0) < ScoreFormula.credit($1)
                        })
                }, degreeField: result.degreeField)
        }
        let document = assessment.resume.document
        file = assessment.file
        candidate = assessment.resume.contact.name
        role = assessment.role
        score = assessment.score
        verdict = assessment.verdict
        unscoredReason = assessment.unscoredReason
        mustHaves = assessment.mustHaves
        requirements = assessment.requirements.map(line)
        gaps = assessment.gaps.map(line)
        skills = assessment.skills.map {
            SkillLine(
                id: $0.skill.id, name: $0.skill.name, status: $0.status, inRole: $0.inRole,
                evidence: $0.evidence)
        }
        claimed = skills.filter { $0.status == .listed }
            .sorted { ($0.inRole ? 0 : 1, $0.name) < ($1.inRole ? 0 : 1, $1.name) }
        otherSkills = skills.filter { !$0.inRole && $0.status != .listed }
        findings = assessment.findings
        read = ReadFacts(
            format: document.format, pages: document.pages, words: document.wordCount,
            layout: document.layout, sections: assessment.resume.sectionsFound,
            links: assessment.resume.links, warnings: document.warnings)
        credits = EvidenceStrength.allCases.filter { $0 != .missing }.map {
            ($0, ScoreFormula.credit($0))
        }
        job = assessment.job
        skillNames = names
        portfolio = assessment.portfolio.map {
            PortfolioReport(
                projects: $0.projects, names: names, notOnResume: $0.notOnResume,
                unbacked: $0.unbacked, unverifiedLinks: $0.unverifiedLinks,
                authors: assessment.resume.contact.email.map { [$0] } ?? [])
        }
    }

    /// The findings, most serious first.
    public var findingsBySeverity: [Finding] {
        findings.sorted { $0.level < $1.level }
    }
}

extension AssessmentReport {
    /// The main reasons behind a score, as plain text for each renderer to escape: must-haves not met, the caps
    /// that hold it down, and what counted only by implication or through a degree.
    public var scoreReasons: [String] {
        var reasons: [String] = []
        let unmet = requirements.filter { $0.requirement.level == .must && $0.status != .met }
        if !unmet.isEmpty {
            reasons.append(
                "must-haves not met: " + unmet.map(\.requirement.title).joined(separator: ", "))
        }
        for line in requirements where line.status == .missing {
            if let cap = line.requirement.capWhenMissing {
                reasons.append(
                    "held at \(cap) or less because nothing shows \(line.requirement.title)")
            }
        }
        let musts = requirements.filter { $0.requirement.level == .must }
        if !musts.isEmpty, musts.filter({ $0.status != .missing }).count <= 1 {
            reasons.append(
                "held at \(ScoreFormula.fewMustHavesCap) or less because at most one must-have is shown"
            )
        }
        let implied = requirements.flatMap { line in
            line.shown.compactMap { skill in skill.best?.impliedBy.map { "\(skill.name) by \($0)" }
            }
        }
        if !implied.isEmpty {
            reasons.append("counted by implication: " + implied.joined(separator: ", "))
        }
        let degrees = requirements.compactMap { line in
            line.degreeField.map { "\(line.requirement.title) by a degree in \($0)" }
        }
        if !degrees.isEmpty {
            reasons.append("met by a degree: " + degrees.joined(separator: ", "))
        }
        return reasons
    }
}
