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
    public var unscoredReason: UnscoredReason?
    public var requirements: [RequirementResult]
    /// Every skill of the role (found or missing), then every other taxonomy skill found.
    public var skills: [SkillResult]
    public var findings: [Finding]
    /// How the resume meets the job posting it was scored for (`check --job`), if any.
    public var job: JobMatch? = nil
    /// The projects given with the resume (`check --portfolio`), checked against it, if any.
    public var portfolio: PortfolioAssessment? = nil

    /// Must-have requirements met, of all must-haves.
    public var mustHaves: (met: Int, total: Int) {
        let musts = requirements.filter { $0.requirement.level == .must }
        return (musts.filter { $0.status == .met }.count, musts.count)
    }

    /// The verdict from the score band and the must-haves.
    public var verdict: Verdict {
        let musts = mustHaves
        return Verdict(score: score, mustHavesMet: musts.met, mustHavesTotal: musts.total)
    }

    /// Requirements not met, most important first (see `GapOrder`).
    public var gaps: [RequirementResult] {
        requirements.filter { $0.status != .met }.sorted {
            GapOrder.precedes($0.requirement, $1.requirement)
        }
    }

    /// Skills that appear only in a skills list or summary, never shown in use.
    public var claimedNotDemonstrated: [SkillResult] {
        skills.filter { $0.status == .listed }
    }
}
