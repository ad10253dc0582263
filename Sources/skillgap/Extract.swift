import ArgumentParser
import Foundation
import Ingest
import SkillgapCore

/// `skillgap extract FILE`: shows exactly what the analyzer reads from a resume.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what skillgap reads from a resume: blocks, sections, contact details and links.",
        discussion: """
        Each block is printed in reading order with its kind (heading, paragraph, list item), the canonical \
        section it belongs to, its page and line. Two-column PDFs are read column by column; hidden text \
        (white, tiny or off-page in PDF, display:none in HTML, vanished runs in DOCX) is left out and reported.

        Examples:
          skillgap extract resume.pdf
          skillgap extract resume.docx --format json > read.json
        """
    )

    @Argument(help: "The resume to read (PDF, DOCX, HTML, Markdown, plain text or JSON Resume).")
    var file: String

    @Option(name: .shortAndLong, help: "Output format: \(ExtractOutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ExtractOutputFormat = .text

    @Option(name: .long, help: "Refuse files larger than this many megabytes.")
    var maxSize: Int = 25

    @Option(name: .long, help: "Analyze at most this many PDF pages.")
    var maxPages: Int = 40

    func validate() throws {
        guard maxSize > 0 else { throw ValidationError("--max-size must be a positive number of megabytes") }
        guard maxPages > 0 else { throw ValidationError("--max-pages must be positive") }
    }

    func run() throws {
        let ingestor = Ingestor(maximumBytes: maxSize * 1_000_000, maximumPages: maxPages)
        let document: Document
        do {
            document = try ingestor.read(fileAt: URL(fileURLWithPath: file))
        } catch let error as ExtractionError {
            Diagnostics.error(file, error.message)
            throw error.isUnreadable ? ExitStatus.noInput : ExitStatus.dataError
        }
        let resume = Sectioner().resume(from: document)
        print(format.reporter.render(resume, file: file), terminator: "")
    }
}
