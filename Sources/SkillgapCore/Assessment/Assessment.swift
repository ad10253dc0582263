/// Everything `skillgap check` found about one resume against one role: the value reporters render.
public struct Assessment: Sendable {
    public struct RoleInfo: Equatable, Sendable {
        public var id: String
        public var title: String
        public var version: String
    }

    public struct SkillResult: Equatable, Sendable {
        public var skill: Skill
        public var inRole: Bool
        /// The strongest evidence, or `missing`.
        public var status: EvidenceStrength
        public var evidence: [Evidence]
    }

    public var file: String
    public var resume: Resume
    public var role: RoleInfo
    /// 0 to 100, or nil when the text cannot be trusted (see `unscoredReason`).
    public var score: Int?
    public var unscoredReason: String?
    public var requirements: [RequirementResult]
    /// Every skill of the role (found or missing), then every other taxonomy skill found.
    public var skills: [SkillResult]
    public var findings: [Finding]

    /// Must-have requirements met, of all must-haves.
    public var mustHaves: (met: Int, total: Int) {
        let musts = requirements.filter { $0.requirement.level == .must }
        return (musts.filter { $0.status == .met }.count, musts.count)
    }

    /// A one-line verdict from the score and the must-haves.
    public var verdict: String {
        guard let score else { return "Not scored: \(unscoredReason ?? "the text could not be trusted")." }
        let musts = mustHaves
        if score >= 75, musts.met == musts.total { return "Strong match: every must-have is shown." }
        if score >= 50 { return musts.met == musts.total ? "Good match with some gaps." : "Promising, but must-haves are missing or only listed." }
        if score >= 25 { return "Partial match: important gaps to close before applying." }
        return "Not yet a match for this role."
    }

    /// Requirements not met, most important first: level, then weight.
    public var gaps: [RequirementResult] {
        requirements.filter { $0.status != .met }.sorted {
            ($0.requirement.level, -$0.requirement.weight) < ($1.requirement.level, -$1.requirement.weight)
        }
    }

    /// Skills that appear only in a skills list or summary, never shown in use.
    public var claimedNotDemonstrated: [SkillResult] {
        skills.filter { $0.status == .listed }
    }
}

private func < (lhs: (RequirementLevel, Double), rhs: (RequirementLevel, Double)) -> Bool {
    lhs.0 != rhs.0 ? lhs.0 < rhs.0 : lhs.1 < rhs.1
}
