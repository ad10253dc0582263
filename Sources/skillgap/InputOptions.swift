import Analysis
import ArgumentParser
import Foundation
import Ingest
import Reports
import SkillgapCore

/// Limits on what is read, shared by the commands that read resumes.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: "Refuse files larger than this many megabytes.")
    var maxSize: Int = 25

    @Option(name: .long, help: "Analyze at most this many PDF pages.")
    var maxPages: Int = 40

    @Option(
        name: .long, help: "Refuse a DOCX whose parts expand past this many megabytes (zip bombs).")
    var maxUnzipped: Int = 64

    @Option(
        name: .long,
        help:
            "Refuse a DOCX part that expands more than this many times its compressed size (zip bombs)."
    )
    var maxZipRatio: Int = 200

    @Option(
        name: .long,
        help: "Analyze at most this many characters of text; the rest is left out with a warning.")
    var maxCharacters: Int = 200_000

    @Option(name: .long, help: "Refuse HTML or JSON nested deeper than this many levels.")
    var maxDepth: Int = 256

    @Option(
        name: .long,
        help:
            "Read at most this many HTML elements (the rest is left out with a warning); refuse JSON with more values."
    )
    var maxElements: Int = 50_000

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Give up on a file after this many seconds (in batch, its worker process is replaced).",
            valueName: "seconds"))
    var timeout: Double = 60

    func validate() throws {
        // Upper bounds keep the byte and element arithmetic far from overflow; no resume comes near them.
        try Self.require(maxSize, in: 1...4_000, "--max-size", unit: " megabytes")
        try Self.require(maxPages, in: 1...100_000, "--max-pages")
        try Self.require(maxUnzipped, in: 1...4_000, "--max-unzipped", unit: " megabytes")
        try Self.require(maxZipRatio, in: 2...1_000_000, "--max-zip-ratio")
        try Self.require(maxCharacters, in: 1...1_000_000_000, "--max-characters")
        // Foundation's JSON parser stops at 512 levels by itself; deeper is never a resume.
        try Self.require(maxDepth, in: 1...512, "--max-depth")
        try Self.require(maxElements, in: 1...100_000_000, "--max-elements")
        guard timeout > 0 else {
            throw ValidationError("--timeout must be a positive number of seconds")
        }
    }

    static func require(
        _ value: Int, in range: ClosedRange<Int>, _ flag: String, unit: String = ""
    ) throws {
        guard range.contains(value) else {
            throw ValidationError(
                "\(flag) must be between \(range.lowerBound) and \(range.upperBound)\(unit)")
        }
    }

    /// The limits as the ingestor takes them.
    var limits: IngestLimits {
        var limits = IngestLimits()
        limits.maximumBytes = maxSize * 1_000_000
        limits.maximumPages = maxPages
        limits.maximumUnzippedBytes = maxUnzipped * 1_000_000
        limits.maximumCharacters = maxCharacters
        limits.maximumCompressionRatio = maxZipRatio
        limits.maximumDepth = maxDepth
        limits.maximumElements = maxElements
        return limits
    }

    /// The job posting in `file` (`-` for standard input), with the same limits, time-out and exit codes as a
    /// resume.
    func readPosting(_ file: String, with source: PostingSource) throws -> Posting {
        try withDeadline(file) {
            try source.posting(from: file == "-" ? .standardInput : .file(file))
        }
    }

    /// The resume in `file` (`-` for standard input), or exit 65/66 with a message that names the file. A file
    /// that takes longer than `--timeout` to read ends the process with exit 65: a one-file command has
    /// nothing else to save.
    func read(_ file: String, with reader: ResumeReader) throws -> Resume {
        try withDeadline(file) {
            try reader.resume(from: file == "-" ? .standardInput : .file(file))
        }
    }

    /// Runs `body` on `file`, ending the process with exit 65 past `--timeout`; an unreadable file exits 66 and
    /// a file that cannot be analyzed 65, each with a message that names the file.
    private func withDeadline<T>(_ file: String, _ body: () throws -> T) throws -> T {
        do {
            return try Deadline.run(
                seconds: timeout,
                message: Diagnostics.errorLine(
                    file, AnalysisFailure.timedOut(seconds: timeout).message),
                status: ExitStatus.dataError.rawValue, body)
        } catch let error as ExtractionError {
            Diagnostics.error(file, error.message)
            throw error.isUnreadable
                ? ExitStatus.noInput
                : error.isLibraryMissing ? ExitStatus.unavailable : ExitStatus.dataError
        }
    }

}
