@testable import SkillgapCore

/// An assessment built in code, so the renderers are tested without reading a file or starting the binary.
enum SampleAssessment {
    static let python = Skill(
        id: "python", name: "Python", category: .language,
        aliases: [SkillAlias("Python", kind: .plain)])
    static let pytorch = Skill(
        id: "pytorch", name: "PyTorch", category: .mlLibrary,
        aliases: [SkillAlias("PyTorch", kind: .plain)])
    static let statistics = Skill(
        id: "statistics", name: "Statistics", category: .math,
        aliases: [SkillAlias("statistics", kind: .plain)])
    static let excel = Skill(
        id: "excel", name: "Excel", category: .office, aliases: [SkillAlias("Excel", kind: .plain)])

    static let language = Requirement(
        id: "ml-language", title: "A language", level: .must, weight: 15, mode: .any,
        skills: ["python"], minimum: 1, why: "Models are code.", advice: "Show Python in a project."
    )
    static let framework = Requirement(
        id: "ml-framework", title: "A framework", level: .must, weight: 15, mode: .any,
        skills: ["pytorch"], minimum: 1, why: "", advice: "Train a model with PyTorch.")
    static let maths = Requirement(
        id: "maths", title: "Maths <b>and</b> stats", level: .should, weight: 12, mode: .any,
        skills: ["statistics", "python"], minimum: 2, why: "Foundations.", advice: "List courses.")

    /// A resume that shows Python in a project, lists statistics, and names no framework; `file` and `name` are
    /// where hostile text goes.
    static func make(
        file: String = "cv.pdf", name: String? = "Jane Doe", unscored: UnscoredReason? = nil,
        warnings: [ExtractionWarning] = []
    ) -> Assessment {
        let blocks = [
            Block(kind: .paragraph, text: "Jane Doe", line: 1, section: .contact),
            Block(
                kind: .listItem, text: "Built a Python service that scores loans", line: 3,
                section: .projects),
            Block(kind: .paragraph, text: "Statistics, Excel", line: 5, section: .skills),
        ]
        let document = Document(
            format: .pdf, pages: 1, blocks: blocks, layout: .twoColumns, warnings: warnings)
        let resume = Resume(
            document: document, blocks: blocks,
            contact: Contact(name: name, email: "jane@example.com"),
            links: [Link(kind: .github, url: "https://github.com/jane")])
        let pythonEvidence = SkillEvidence(
            skillID: "python",
            evidence: [
                Evidence(
                    location: SourceLocation(blocks[1]), text: blocks[1].text,
                    strength: .demonstrated)
            ])
        let statisticsEvidence = SkillEvidence(
            skillID: "statistics",
            evidence: [
                Evidence(
                    location: SourceLocation(blocks[2]), text: blocks[2].text, strength: .listed)
            ])
        let excelEvidence = Evidence(
            location: SourceLocation(blocks[2]), text: blocks[2].text, strength: .listed)
        let requirements = [
            RequirementResult(
                requirement: language, status: .met, coverage: 1, shown: [pythonEvidence]),
            RequirementResult(requirement: framework, status: .missing, coverage: 0, shown: []),
            RequirementResult(
                requirement: maths, status: .partial, coverage: 0.75,
                shown: [pythonEvidence, statisticsEvidence]),
        ]
        let skills: [Assessment.SkillResult] = [
            .init(
                skill: python, inRole: true, status: .demonstrated,
                evidence: pythonEvidence.evidence),
            .init(skill: pytorch, inRole: true, status: .missing, evidence: []),
            .init(
                skill: statistics, inRole: true, status: .listed,
                evidence: statisticsEvidence.evidence),
            .init(skill: excel, inRole: false, status: .listed, evidence: [excelEvidence]),
        ]
        let findings = [
            Finding(rule: "phone", level: .warning, message: "No phone number was found."),
            Finding(
                rule: "weak-openings", level: .suggestion, message: "Start bullets with a verb.",
                detail: .phrases(
                    lines: 2, first: .document(page: 1, line: 3, section: .projects),
                    phrase: "responsible for", quote: "Responsible for <script>x</script>")),
            Finding(
                rule: "length", level: .error, message: "Too short.",
                detail: .length([.tooFewWords(12, minimum: 200)])),
        ]
        let score =
            unscored == nil
            ? ScoreFormula.score([
                .init(weight: 15, coverage: 1), .init(weight: 15, coverage: 0),
                .init(weight: 12, coverage: 0.75),
            ]) : nil
        return Assessment(
            file: file, resume: resume,
            role: .init(id: "ml-engineer-intern", title: "ML Intern", version: "1.0"),
            score: score, unscoredReason: unscored, requirements: requirements, skills: skills,
            findings: findings)
    }
}
