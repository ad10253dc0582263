import Foundation
import Ingest
import SkillgapCore

/// The one analysis pipeline every command runs: input → `Document` → `Resume` → evidence → `Assessment`
/// against a role. The command line only parses options, calls this and writes what it returns.
public struct Analyzer: Sendable {
    public let pack: RulePack
    public let role: Role
    public let reader: ResumeReader
    /// Whether assessments include the resume checks (a ranking that shows no findings skips them).
    public var runChecks: Bool
    /// Whether assessments leave out the candidate's name, contact details and links.
    public var blind: Bool
    /// The job posting the role was built from (`check --job`), if any.
    public let posting: Posting?
    /// The posting's file name, as reports show it.
    public let postingFile: String?
    /// Projects scanned for the resume (`check --portfolio`): their code is evidence too.
    public var portfolio: [PortfolioProject] = [] {
        didSet { portfolioEvidence = PortfolioAssessment.evidence(of: portfolio) }
    }
    private var portfolioEvidence: [SkillEvidence] = []
    /// The month experience is counted up to, worked out once (`ExperienceTimeline.months(of:)`).
    private let now = ExperienceTimeline.months(of: Date())
    private let assessor: Assessor

    public init(
        pack: RulePack, role: Role, ingestor: Ingestor = Ingestor(), runChecks: Bool = true,
        blind: Bool = false
    ) {
        self.init(
            pack: pack, role: role, posting: nil, postingFile: nil, ingestor: ingestor,
            runChecks: runChecks,
            blind: blind)
    }

    /// An analyzer that scores resumes against a job posting: the posting's requirement lines are the role
    /// (`PostingRole`), and every assessment carries its `JobMatch`. `advice`, when given (`--role`), lends its
    /// advice to the requirements over the same skills.
    public init(
        pack: RulePack, posting: Posting, postingFile: String, advice: Role? = nil,
        ingestor: Ingestor = Ingestor(), runChecks: Bool = true, blind: Bool = false
    ) {
        self.init(
            pack: pack, role: PostingRole.role(from: posting, advice: advice), posting: posting,
            postingFile: postingFile, ingestor: ingestor, runChecks: runChecks, blind: blind)
    }

    private init(
        pack: RulePack, role: Role, posting: Posting?, postingFile: String?, ingestor: Ingestor,
        runChecks: Bool,
        blind: Bool
    ) {
        self.pack = pack
        self.role = role
        self.reader = ResumeReader(vocabulary: pack.vocabulary, ingestor: ingestor)
        self.runChecks = runChecks
        self.blind = blind
        self.assessor = Assessor(pack: pack)
        self.posting = posting
        self.postingFile = postingFile
    }

    /// The assessment of a resume already read; `file` is the name the reports show.
    public func assess(_ resume: Resume, file: String) -> Assessment {
        var assessment = assessor.assess(
            resume, role: role, file: file, runChecks: runChecks, extra: portfolioEvidence)
        if !portfolio.isEmpty {
            assessment.portfolio = PortfolioAssessment(
                projects: portfolio, skills: assessment.skills, links: assessment.resume.links)
        }
        if let posting {
            if !posting.hasRequirements, assessment.score != nil {
                assessment.score = nil
                assessment.unscoredReason = .postingHasNoRequirements
            }
            assessment.job = JobMatcher.match(
                posting, file: postingFile ?? "", assessment: assessment, now: now)
        }
        return blind ? assessment.blinded() : assessment
    }

    /// The whole pipeline for one input, timed. It never throws: a file that cannot be read is an
    /// `Analysis` whose result is the failure.
    public func analyze(_ input: AnalysisInput, file: String) -> Analysis {
        let start = DispatchTime.now().uptimeNanoseconds
        let resume: Resume
        do {
            resume = try reader.resume(from: input)
        } catch {
            let failure =
                (error as? ExtractionError).map(AnalysisFailure.extraction)
                ?? .unexpected(description: "\(error)")
            return Analysis(
                file: file, result: .failure(failure),
                readNanoseconds: DispatchTime.now().uptimeNanoseconds - start)
        }
        let read = DispatchTime.now().uptimeNanoseconds
        let assessment = assess(resume, file: file)
        return Analysis(
            file: file, result: .success(assessment), readNanoseconds: read - start,
            scoreNanoseconds: DispatchTime.now().uptimeNanoseconds - read)
    }
}
