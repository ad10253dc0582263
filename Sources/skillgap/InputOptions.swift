import ArgumentParser
import Foundation
import Ingest
import SkillgapCore

/// Limits on what is read, shared by the commands that read resumes.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: "Refuse files larger than this many megabytes.")
    var maxSize: Int = 25

    @Option(name: .long, help: "Analyze at most this many PDF pages.")
    var maxPages: Int = 40

    @Option(name: .long, help: "Refuse a DOCX whose parts expand past this many megabytes (zip bombs).")
    var maxUnzipped: Int = 64

    @Option(name: .long, help: "Analyze at most this many characters of text; the rest is left out with a warning.")
    var maxCharacters: Int = 200_000

    func validate() throws {
        guard maxSize > 0 else { throw ValidationError("--max-size must be a positive number of megabytes") }
        guard maxPages > 0 else { throw ValidationError("--max-pages must be positive") }
        guard maxUnzipped > 0 else { throw ValidationError("--max-unzipped must be a positive number of megabytes") }
        guard maxCharacters > 0 else { throw ValidationError("--max-characters must be positive") }
    }

    var ingestor: Ingestor {
        Ingestor(maximumBytes: maxSize * 1_000_000, maximumPages: maxPages, maximumUnzippedBytes: maxUnzipped * 1_000_000,
                 maximumCharacters: maxCharacters)
    }

    /// The same limits as command-line arguments, for worker processes.
    var arguments: [String] {
        ["--max-size", String(maxSize), "--max-pages", String(maxPages), "--max-unzipped", String(maxUnzipped),
         "--max-characters", String(maxCharacters)]
    }

    /// The document in `file`, or exit 65/66 with a message that names the file.
    func read(_ file: String) throws -> Document {
        do {
            return try ingestor.read(fileAt: URL(fileURLWithPath: file))
        } catch let error as ExtractionError {
            Diagnostics.error(file, error.message)
            throw error.isUnreadable ? ExitStatus.noInput : ExitStatus.dataError
        }
    }
}
