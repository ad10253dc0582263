import Analysis
import ArgumentParser
import Foundation
import Ingest
import Reports
import SkillgapCore

/// `skillgap posting FILE`: what skillgap reads from a job posting.
struct PostingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "posting", _superCommandName: Skillgap.programName,
        abstract:
            "Show what skillgap reads from a job posting: its requirements, skills, years and degree.",
        discussion: """
            Reads a posting in any format skillgap reads (text, Markdown, HTML saved from a job board, PDF, DOCX). \
            Headings and each line's own wording sort its lines into required, preferred and responsibilities; \
            about-us, benefits, pay, equal-opportunity text, how to apply and a web page's navigation are ignored. \
            Each requirement line shows the skills it names (an OR-group as "or"), and the years it asks; the \
            posting's minimum years, degree and fields, and the conditions reported but never scored (work \
            authorisation, location, schedule) follow. Terms that look technical but name no skill the rules know \
            are listed, so you see what was not understood.

            A posting in which no requirement is found gets a warning (and `check --job` gives no match score); a \
            resume given as a posting exits 65.

            Examples:
              skillgap posting job.md
              skillgap posting saved-page.html --format json
              skillgap check resume.pdf --job job.md
            """
    )

    @Argument(help: "The job posting (text, Markdown, HTML, PDF or DOCX), or - for standard input.")
    var file: String

    @Option(
        name: .shortAndLong,
        help:
            "Output format: \(PostingOutputFormat.allCases.map(\.rawValue).joined(separator: ", "))."
    )
    var format: PostingOutputFormat = .text

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var rulesOptions: RulesOptions

    @OptionGroup var input: InputOptions

    func run() throws {
        let pack = try rulesOptions.loadPack()
        let posting = try input.readPosting(
            file, with: PostingSource(pack: pack, ingestor: Ingestor(limits: input.limits)))
        let names = Dictionary(
            pack.skills.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        try OutputFile.write(
            format.render(PostingReport(posting, file: file, names: names)), to: output,
            inputs: [file])
        if posting.warnings.contains(.looksLikeResume) {
            Diagnostics.error(
                file,
                PostingWarning.looksLikeResume.sentence
                    + "; give a job posting, or use `skillgap check` for a resume")
            throw ExitStatus.dataError
        }
    }
}
