import Analysis
import ArgumentParser
import Foundation
import Ingest

/// `skillgap extract FILE`: shows exactly what the analyzer reads from a resume.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", _superCommandName: Skillgap.programName,
        abstract:
            "Show what skillgap reads from a resume: blocks, sections, contact details and links.",
        discussion: """
            Each block is printed in reading order with its kind (heading, paragraph, list item), the canonical \
            section it belongs to, its page and line. Two-column PDFs are read column by column; hidden text \
            (white, tiny or off-page in PDF, display:none in HTML, vanished runs in DOCX) is left out and reported.

            Examples:
              skillgap extract resume.pdf
              skillgap extract resume.docx --format json > read.json
            """
    )

    @Argument(
        help:
            "The resume to read (PDF, DOCX, HTML, Markdown, plain text or JSON Resume), or - for standard input."
    )
    var file: String

    @Option(
        name: .shortAndLong,
        help:
            "Output format: \(ExtractOutputFormat.allCases.map(\.rawValue).joined(separator: ", "))."
    )
    var format: ExtractOutputFormat = .text

    @OptionGroup var rulesOptions: RulesOptions

    @OptionGroup var input: InputOptions

    func run() throws {
        // The rules decide which headings name which sections.
        let reader = ResumeReader(
            vocabulary: try rulesOptions.loadPack().vocabulary,
            ingestor: Ingestor(limits: input.limits))
        let resume = try input.read(file, with: reader)
        OutputFile.write(
            format.reporter.render(resume, file: file), to: FileHandle.standardOutput,
            name: "standard output")
    }
}
