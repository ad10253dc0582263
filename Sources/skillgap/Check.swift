import Analysis
import ArgumentParser
import Foundation
import Ingest

/// `skillgap check FILE`: score a resume against a role and write the gap report.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
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

    @OptionGroup var input: InputOptions

    func validate() throws {
        if let failUnder, !(0...100).contains(failUnder) {
            throw ValidationError("--fail-under must be between 0 and 100")
        }
    }

    func run() throws {
        let (pack, role) = try roleOptions.load()
        let analyzer = Analyzer(pack: pack, role: role, ingestor: Ingestor(limits: input.limits))
        let assessment = analyzer.assess(try input.read(file, with: analyzer.reader), file: file)
        let toTerminal = output == nil && isatty(STDOUT_FILENO) != 0
        try OutputFile.write(
            format.reporter(toTerminal: toTerminal).render(assessment), to: output, inputs: [file])
        if let failUnder, (assessment.score ?? -1) < failUnder { throw ExitStatus.belowThreshold }
    }
}
