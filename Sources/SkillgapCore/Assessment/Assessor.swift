/// Scores a resume against a role: skills found with evidence, requirements met, resume checks, and a score
/// unless the extracted text cannot be trusted.
public struct Assessor: Sendable {
    public let pack: RulePack
    private let matcher: SkillMatcher
    private let checks: CheckRunner
    /// Each skill's place in the pack's taxonomy (the first, for an id given twice): how a skill is found by id,
    /// and the order other skills found are listed in.
    private let taxonomyOrder: [String: Int]
    /// Every skill each skill implies, through chains (PyTorch: deep learning, machine learning), worked out
    /// once for the pack rather than for every resume.
    private let implications: [String: [String]]

    /// Fewer readable words than this are too little text to score.
    public static let minimumWords = 30

    public init(pack: RulePack) {
        self.pack = pack
        self.matcher = pack.makeMatcher()
        self.checks = CheckRunner(checks: pack.checks)
        self.taxonomyOrder = Dictionary(
            pack.skills.enumerated().map { ($0.element.id, $0.offset) },
            uniquingKeysWith: { first, _ in first })
        var implications: [String: [String]] = [:]
        for skill in pack.skills where !skill.implies.isEmpty {
            var seen: Set<String> = [skill.id]
            var frontier = skill.implies
            while let target = frontier.popLast() {
                guard seen.insert(target).inserted else { continue }
                implications[skill.id, default: []].append(target)
                frontier += taxonomyOrder[target].map { pack.skills[$0].implies } ?? []
            }
        }
        self.implications = implications
    }

    /// The skill with `id` (the first, if the pack gives it twice).
    private func skill(withID id: String) -> Skill? {
        taxonomyOrder[id].map { pack.skills[$0] }
    }

    /// The assessment of `resume` for `role`. `runChecks: false` leaves out the resume checks, for callers
    /// that only rank (a batch ranking shows no findings). `extra` is evidence from outside the resume.
    public func assess(
        _ resume: Resume, role: Role, file: String, runChecks: Bool = true,
        extra: [SkillEvidence] = []
    ) -> Assessment {
        var found = Dictionary(
            matcher.evidence(in: resume).map { ($0.skillID, $0) },
            uniquingKeysWith: { first, _ in first })
        // Evidence from other sources (a portfolio's code) follows the resume's own.
        for other in extra {
            found[other.skillID, default: SkillEvidence(skillID: other.skillID, evidence: [])]
                .evidence +=
                other.evidence
        }
        addImplied(to: &found)
        let (degree, degreeFields) = ResumeEducation.highest(in: resume)
        let requirements = role.requirements.map { requirement -> RequirementResult in
            let shown = requirement.skills.compactMap { found[$0] }.sorted {
                $0.credit > $1.credit
            }
            var coverage = ScoreFormula.coverage(
                needed: requirement.needed, credits: shown.map(\.credit))
            // A degree in a listed field says as much as its courses would ("B.Sc. Computer Science").
            let field =
                degree == nil ? nil : degreeFields.first { requirement.degreeFields.contains($0) }
            if field != nil { coverage = max(coverage, ScoreFormula.degreeCredit) }
            var result = RequirementResult(
                requirement: requirement, status: ScoreFormula.status(coverage: coverage),
                coverage: coverage, shown: shown)
            result.degreeField = field
            return result
        }
        let roleSkills = Set(role.skillIDs)
        var skills = role.skillIDs.compactMap { id -> Assessment.SkillResult? in
            guard let skill = skill(withID: id) else { return nil }
            return .init(
                skill: skill, inRole: true, status: found[id]?.strength ?? .missing,
                evidence: found[id]?.evidence ?? [])
        }
        // Other skills found, in taxonomy order.
        let others = found.keys.filter { !roleSkills.contains($0) }.sorted {
            (taxonomyOrder[$0] ?? 0) < (taxonomyOrder[$1] ?? 0)
        }
        skills += others.compactMap { id in
            skill(withID: id).map {
                .init(
                    skill: $0, inRole: false, status: found[id]!.strength,
                    evidence: found[id]!.evidence)
            }
        }
        let reason = unscoredReason(resume)
        let score =
            reason == nil
            ? ScoreFormula.score(
                requirements.map {
                    ScoreFormula.Part(
                        weight: $0.requirement.weight, coverage: $0.coverage,
                        isMust: $0.requirement.level == .must,
                        isSoftSkill: isSoftSkill($0.requirement),
                        capWhenMissing: $0.requirement.capWhenMissing)
                }) : nil
        return Assessment(
            file: file, resume: resume,
            role: .init(id: role.id, title: role.title, version: role.version),
            score: score, unscoredReason: reason, requirements: requirements, skills: skills,
            findings: runChecks ? checks.findings(for: resume) : [])
    }

    /// A requirement made of soft skills only (collaboration, communication).
    private func isSoftSkill(_ requirement: Requirement) -> Bool {
        requirement.skills.allSatisfy { skill(withID: $0)?.category == .softSkill }
    }

    /// Adds to `found` the skills that the skills found imply (through a chain: PyTorch → deep learning →
    /// machine learning), each with the best evidence of the skill that implies it, marked `impliedBy`. A skill
    /// also shown in its own right keeps its own evidence first.
    private func addImplied(to found: inout [String: SkillEvidence]) {
        var implied: [String: [Evidence]] = [:]
        for id in found.keys.sorted() {
            guard let skill = skill(withID: id), implications[id] != nil,
                let best = found[id]?.evidence.filter({ $0.impliedBy == nil })
                    .max(by: { $0.strength < $1.strength })
            else { continue }
            for target in implications[id] ?? [] {
                var evidence = best
                evidence.impliedBy = skill.name
                implied[target, default: []].append(evidence)
            }
        }
        for (target, evidence) in implied {
            // The strongest implying evidence first; one per implying skill is enough to show.
            let ordered = evidence.sorted {
                ($0.strength, $1.impliedBy ?? "") > ($1.strength, $0.impliedBy ?? "")
            }
            found[target, default: SkillEvidence(skillID: target, evidence: [])].evidence += ordered
        }
    }

    /// Why the text should not be scored: a number computed from bad text misleads.
    func unscoredReason(_ resume: Resume) -> UnscoredReason? {
        let document = resume.document
        let hidden = document.hiddenText
        if hidden.words >= 5 {
            let stuffed = matcher.hits(in: hidden.sample, section: .skills).count
            if stuffed > 0 { return .hiddenSkills(words: hidden.words, reasons: hidden.reasons) }
        }
        let garbled = document.warnings.contains {
            if case .garbledText = $0 { return true }
            return false
        }
        if garbled { return .garbledText }
        if document.wordCount < Self.minimumWords { return .tooFewWords(document.wordCount) }
        return nil
    }
}
