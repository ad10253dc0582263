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

    func validate() throws {
        guard maxSize > 0 else { throw ValidationError("--max-size must be a positive number of megabytes") }
        guard maxPages > 0 else { throw ValidationError("--max-pages must be positive") }
    }

    var ingestor: Ingestor { Ingestor(maximumBytes: maxSize * 1_000_000, maximumPages: maxPages) }

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
