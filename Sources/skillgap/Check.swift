import Analysis
import ArgumentParser
import Foundation
import Ingest
import Portfolio
import Reports
import SkillgapCore

/// `skillgap check FILE`: score a resume against a role and write the gap report.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", _superCommandName: Skillgap.programName,
        abstract: "Score a resume against a role and write the gap report.",
        discussion: """
            Finds the evidence for every skill the role needs, scores the resume from 0 to 100 and writes a gap \
            report: requirements with the line behind each verdict, gaps with advice, skills only claimed, resume \
            checks and what was read. The default role is the Machine Learning Engineer Intern.

            The score is 100 × Σ(weight × coverage) / Σ weight over the role's requirements; a skill earns 1.0 when \
            demonstrated (experience, projects), 0.75 as coursework, 0.5 when only listed. A resume whose text \
            cannot be trusted (no text layer, garbled, hidden keyword stuffing) gets no score but a reason.

            Examples:
              skillgap check resume.pdf
              skillgap check cv.docx -o gap.md
              skillgap check resume.pdf --format json --fail-under 60
              pdftotext resume.pdf - | skillgap check -
            """
    )

    @Argument(
        help:
            "The resume (PDF, DOCX, HTML, Markdown, plain text or JSON Resume), or - for standard input."
    )
    var file: String

    @OptionGroup var roleOptions: RoleOptions

    @Option(
        name: .shortAndLong,
        help:
            "Output format: \(CheckOutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: CheckOutputFormat = .markdown

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Exit with status 1 when the score is below this (or the resume cannot be scored).",
            valueName: "score"))
    var failUnder: Int?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Score against this job posting instead of a role; a folder ranks its postings for the resume.",
            discussion:
                "The posting's required lines become must-haves, responsibilities should-haves and preferred lines nice-to-haves; --role, if given too, lends its advice.",
            valueName: "posting"))
    var job: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A project folder or notebook of the candidate's (repeatable): its code is evidence too.",
            discussion:
                "Imports and manifests credit skills with file:line evidence; the report lists what the projects use that the resume never names, and what the resume only claims. Nothing in a project is run.",
            valueName: "path"))
    var portfolio: [String] = []

    @OptionGroup var portfolioOptions: PortfolioOptions

    @OptionGroup var input: InputOptions

    func validate() throws {
        if let failUnder, !(0...100).contains(failUnder) {
            throw ValidationError("--fail-under must be between 0 and 100")
        }
    }

    func run() throws {
        if let job { return try runAgainst(job) }
        let (pack, role) = try roleOptions.load()
        var analyzer = Analyzer(pack: pack, role: role, ingestor: Ingestor(limits: input.limits))
        analyzer.portfolio = try scanPortfolio(pack)
        let resume = try input.read(file, with: analyzer.reader)
        if let doubt = ResumeShape.doubt(about: resume) {
            Diagnostics.warning(
                file,
                "this does not look like a resume but like \(doubt), so its score means little;"
                    + " for a posting use `skillgap posting FILE` or `skillgap check RESUME --job FILE`"
            )
        }
        let assessment = analyzer.assess(resume, file: file)
        try write(assessment)
    }

    private func write(_ assessment: Assessment) throws {
        let toTerminal = output == nil && isatty(STDOUT_FILENO) != 0
        try OutputFile.write(
            format.reporter(toTerminal: toTerminal).render(assessment), to: output, inputs: inputs)
        if let failUnder, (assessment.score ?? -1) < failUnder { throw ExitStatus.belowThreshold }
    }

    private var inputs: [String] { [file] + (job.map { [$0] } ?? []) + portfolio }

    /// The projects of `--portfolio`, scanned once for every posting; a path that is no project stops the check.
    private func scanPortfolio(_ pack: RulePack) throws -> [PortfolioProject] {
        // The scanner indexes every skill's packages: only worth it when there is a portfolio to read.
        guard !portfolio.isEmpty else { return [] }
        let scanner = ProjectScanner(pack: pack, limits: portfolioOptions.limits)
        return try portfolio.map { path in
            do {
                return try scanner.scan(path)
            } catch let error as PortfolioError {
                Diagnostics.error(error.path, "\(error.reason); \(error.hint)")
                throw error.isMissing ? ExitStatus.noInput : ExitStatus.dataError
            }
        }
    }

    /// `--job`: the posting (or every posting of a folder) becomes the role.
    private func runAgainst(_ job: String) throws {
        let pack = try roleOptions.rules.loadPack()
        // A role named with --role lends its advice; --job alone needs none.
        let advice = try roleOptions.role.map { _ in try roleOptions.load().1 }
        let ingestor = Ingestor(limits: input.limits)
        let source = PostingSource(pack: pack, ingestor: ingestor)
        let resume = try input.read(
            file, with: ResumeReader(vocabulary: pack.vocabulary, ingestor: ingestor))
        let projects = try scanPortfolio(pack)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: job, isDirectory: &isFolder),
            isFolder.boolValue
        else {
            let posting = try input.readPosting(job, with: source)
            try refuseResume(posting, job)
            var analyzer = Analyzer(
                pack: pack, posting: posting, postingFile: job, advice: advice, ingestor: ingestor)
            analyzer.portfolio = projects
            return try write(analyzer.assess(resume, file: file))
        }
        let walked = InputWalker().files(from: [job])
        var entries: [JobRankingReporter.Entry] = []
        var failed = false
        for path in walked.files {
            guard let posting = try? input.readPosting(path, with: source),
                !posting.warnings.contains(.looksLikeResume)
            else {
                failed = true
                continue
            }
            var analyzer = Analyzer(
                pack: pack, posting: posting, postingFile: path, advice: advice, ingestor: ingestor)
            analyzer.portfolio = projects
            entries.append(
                .init(file: path, report: AssessmentReport(analyzer.assess(resume, file: file))))
        }
        guard !entries.isEmpty else {
            Diagnostics.error(job, "no job posting could be read in this folder")
            throw ExitStatus.noInput
        }
        let reporter = JobRankingReporter(
            format: format == .json ? .json : format == .text ? .text : .markdown)
        try OutputFile.write(
            reporter.render(entries, resume: file), to: output, inputs: [file] + walked.files)
        if failed { throw ExitStatus.dataError }
    }

    /// A resume given as the posting is told, not scored.
    private func refuseResume(_ posting: Posting, _ path: String) throws {
        guard posting.warnings.contains(.looksLikeResume) else { return }
        Diagnostics.error(
            path, PostingWarning.looksLikeResume.sentence + "; --job takes a job posting")
        throw ExitStatus.dataError
    }
}
