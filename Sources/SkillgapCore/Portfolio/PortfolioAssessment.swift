/// The portfolio behind a resume, checked against it: the projects, the skills their code shows that the resume
/// never names, and the skills the resume only claims that neither its experience nor the portfolio shows.
public struct PortfolioAssessment: Equatable, Sendable {
    public var projects: [PortfolioProject]
    /// Taxonomy ids, in the order the projects show them.
    public var notOnResume: [String]
    /// Taxonomy ids, in the assessment's order.
    public var unbacked: [String]

    public init(projects: [PortfolioProject], notOnResume: [String], unbacked: [String]) {
        self.projects = projects
        self.notOnResume = notOnResume
        self.unbacked = unbacked
    }

    /// The evidence the projects give, one entry per skill: code that imports a package demonstrates it. A
    /// package only declared in a manifest is no evidence: a `pip freeze` lists every package of an environment.
    public static func evidence(of projects: [PortfolioProject]) -> [SkillEvidence] {
        var order: [String] = []
        var found: [String: [Evidence]] = [:]
        for project in projects {
            for skill in project.skills where skill.strength != .declared {
                if found[skill.skillID] == nil { order.append(skill.skillID) }
                found[skill.skillID, default: []] += skill.evidence.map {
                    var evidence = $0
                    evidence.strength = .demonstrated
                    return evidence
                }
            }
        }
        return order.map { SkillEvidence(skillID: $0, evidence: found[$0]!) }
    }

    /// Cross-checks `projects` with the skills an assessment found, its evidence from the resume alone being the
    /// locations in the document.
    public init(projects: [PortfolioProject], skills: [Assessment.SkillResult]) {
        let shownInCode = Set(
            projects.flatMap(\.skills).filter { $0.strength != .declared }.map(\.skillID))
        var onResume: Set<String> = []
        var unbacked: [String] = []
        for result in skills {
            let fromResume = result.evidence.filter {
                if case .document = $0.location { return $0.namesSkill }
                return false
            }
            guard !fromResume.isEmpty else { continue }
            onResume.insert(result.skill.id)
            let strongest = fromResume.map(\.strength).max() ?? .missing
            if strongest == .listed, !shownInCode.contains(result.skill.id) {
                unbacked.append(result.skill.id)
            }
        }
        var notOnResume: [String] = []
        for project in projects {
            for skill in project.skills
            where skill.strength != .declared && !onResume.contains(skill.skillID)
                && !notOnResume.contains(skill.skillID)
            {
                notOnResume.append(skill.skillID)
            }
        }
        self.init(projects: projects, notOnResume: notOnResume, unbacked: unbacked)
    }
}
