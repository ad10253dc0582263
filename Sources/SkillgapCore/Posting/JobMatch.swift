/// How a resume meets one job posting: each requirement line with its status and the resume's evidence, the
/// years and the degree asked against those the resume shows, and the posting's words the resume lacks.
public struct JobMatch: Sendable {
    /// One line of the posting that names skills, with the strength the resume shows for it.
    public struct Line: Sendable {
        public var requirement: PostingRequirement
        /// For an OR-group the strongest of its skills; otherwise the weakest (a missing skill makes it missing).
        public var status: EvidenceStrength
        /// The resume's best evidence for each of the line's skills that it shows.
        public var evidence: [(skill: String, evidence: Evidence)]
        /// The weight of the requirement the line became, or nil when an earlier line asked the same skills.
        public var weight: Double?
    }

    /// Years of experience asked (for the role, or for one skill) against the years the resume shows.
    public struct Years: Sendable {
        /// nil for the role as a whole.
        public var skill: String?
        public var required: Int
        public var found: Double
        public var ok: Bool { found >= Double(required) }
    }

    public var file: String
    public var posting: Posting
    public var lines: [Line]
    public var required: (met: Int, total: Int)
    public var preferred: (met: Int, total: Int)
    public var years: [Years]
    /// Years of work and of internships the resume's experience entries show.
    public var resumeYears: Double
    public var internshipYears: Double
    public var education: EducationRequirement
    public var resumeDegree: DegreeLevel?
    public var resumeFields: [String]
    /// nil when the posting asks for no degree.
    public var educationOK: Bool?
    /// The posting's words for the skills the resume does not show, in the posting's order.
    public var missingTerms: [String]

    /// A line counts as met when its status is at least coursework, as a requirement's coverage does at 0.75.
    static func isMet(_ status: EvidenceStrength) -> Bool { status >= .coursework }
}
