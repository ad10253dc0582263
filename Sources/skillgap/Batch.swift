import ArgumentParser
import Foundation
import Reports
import SkillgapCore

/// `skillgap batch PATH...`: score a folder of applicants and rank them.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score many resumes in parallel and rank them (CSV, JSON Lines, JSON or Markdown).",
        discussion: """
        PATH is a file or a folder (walked recursively; hidden files and symlink loops are skipped), or - to read \
        paths from standard input. The output is in the same order whatever --jobs is. A file that cannot be \
        read becomes a row with the reason; the batch goes on and exits 65 at the end if any file failed (66 if a \
        path you named does not exist). `--timings` shows how the time went.

        Large corpora run as N independent jobs with --shard K/N and --format jsonl; `skillgap rank` merges them.

        Examples:
          skillgap batch applicants/ --format csv -o ranking.csv --reports reports/
          skillgap batch applicants/ --blind --format markdown
          skillgap batch applicants/ --shard 2/8 --format jsonl -o part-2.jsonl
        """
    )

    @Argument(help: "Files, folders, or - for a list of paths on standard input.")
    var paths: [String]

    @OptionGroup var roleOptions: RoleOptions

    @Option(name: .shortAndLong, help: "Parallel jobs; the default is this machine's number of cores.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .shortAndLong, help: "Output format: \(RankingFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: RankingFormat = .csv

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the ranking to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Write one report per input into this folder.", valueName: "dir"))
    var reports: String?

    @Option(name: .long, help: "Format of the per-file reports: markdown, json.")
    var reportFormat: ReportFormat = .markdown

    @Option(name: .long, help: ArgumentHelp("Process only the K-th of N slices of the sorted input.", valueName: "K/N"))
    var shard: Shard?

    @Flag(name: .long, help: "Leave out names, emails, phones, addresses and links from every output.")
    var blind = false

    @Option(name: .long, help: ArgumentHelp("Exit with status 1 when any file scores below this (or is not scored).", valueName: "score"))
    var failUnder: Int?

    @Flag(name: .shortAndLong, help: "No progress on standard error.")
    var quiet = false

    @Flag(name: .long, help: "Print to standard error how the time went: reading (extraction and sections) and scoring, summed over files.")
    var timings = false

    @Flag(name: .long, help: "Analyze in this process instead of worker processes: a little faster, but a crash in a PDF or XML library on one file would stop the batch.")
    var inProcess = false

    @OptionGroup var input: InputOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if let failUnder, !(0...100).contains(failUnder) { throw ValidationError("--fail-under must be between 0 and 100") }
    }

    func run() throws {
        let (pack, chosen) = try roleOptions.load()
        let walked = InputWalker().files(from: paths)
        for skipped in walked.skipped { Diagnostics.error(skipped.path, "skipped: \(skipped.reason)") }
        let files = shard.map { $0.slice(walked.files) } ?? walked.files
        guard !files.isEmpty else {
            Diagnostics.error(paths.joined(separator: " "), "no files to check")
            throw ExitStatus.noInput
        }
        let reportFolder = try prepareReportFolder(inputs: files)
        let reportNames = ReportNames.names(for: files, fileExtension: reportFormat.fileExtension, folder: reportFolder)

        let handle = try OutputFile.open(output, inputs: files)
        let outputName = output ?? "standard output"
        let streaming: OrderedWriter? = switch format {
        case .jsonl: OrderedWriter(handle: handle, name: outputName, separator: "")
        case .json: OrderedWriter(handle: handle, name: outputName, separator: ",\n")
        case .csv, .markdown: nil
        }
        if format == .json { OutputFile.write("[\n", to: handle, name: outputName) }

        let rows = RowStore(count: files.count)
        let clock = StageClock()
        let started = DispatchTime.now().uptimeNanoseconds
        let progress = BatchProgress(total: files.count, quiet: quiet)
        let reporter = JSONAssessmentReporter(compact: format == .jsonl)
        let perFile: any AssessmentReporter = reportFormat == .markdown ? MarkdownAssessmentReporter() : JSONAssessmentReporter()
        let runChecks = format == .json || format == .jsonl || reports != nil
        let handleOutcome: @Sendable (Int, BatchRunner.Outcome) -> Void = { index, outcome in
            rows.set(index, outcome.row)
            clock.add(read: outcome.readNanoseconds, score: outcome.scoreNanoseconds)
            if let streaming {
                let text = outcome.checkJSON ?? outcome.assessment.map { reporter.render($0) } ?? Self.errorObject(outcome.row)
                streaming.put(index, format == .jsonl ? text.trimmingCharacters(in: .newlines) + "\n" : text.trimmingCharacters(in: .newlines))
            }
            if let reportFolder, let assessment = outcome.assessment {
                let url = reportFolder.appendingPathComponent(reportNames[index])
                try? Data(perFile.render(assessment).utf8).write(to: url, options: .atomic)
            }
            progress.finished(failed: outcome.row.status == .failed)
        }
        if inProcess {
            let runner = BatchRunner(ingestor: input.ingestor, assessor: Assessor(pack: pack),
                                     sectioner: Sectioner(vocabulary: pack.vocabulary), role: chosen, blind: blind,
                                     runChecks: runChecks)
            _ = LibraryWarmUp.once
            runner.run(files, jobs: jobs, each: handleOutcome)
        } else {
            var arguments = ["--role", chosen.id, "--report-format", reportFormat.rawValue] + input.arguments
            if let rules = roleOptions.rules.rules { arguments += ["--rules", rules] }
            if blind { arguments.append("--blind") }
            if runChecks { arguments.append("--run-checks") }
            if format == .json || format == .jsonl { arguments.append("--emit-check") }
            if let reportFolder { arguments += ["--reports", reportFolder.path] }
            let runner = IsolatedBatchRunner(workerArguments: arguments, emitCheck: format == .json || format == .jsonl,
                                             timeout: input.timeout, reportNames: reportFolder == nil ? files.map { _ in "" } : reportNames)
            do {
                try runner.run(files, jobs: jobs, each: handleOutcome)
            } catch {
                Diagnostics.error("skillgap batch", "\(error)")
                throw ExitStatus.noInput
            }
        }
        let all = rows.all
        switch format {
        case .json: OutputFile.write("\n]\n", to: handle, name: outputName)
        case .csv: OutputFile.write(CSVRankingReporter().render(all), to: handle, name: outputName)
        case .markdown: OutputFile.write(MarkdownRankingReporter().render(all, role: chosen.title), to: handle, name: outputName)
        case .jsonl: break
        }
        if handle !== FileHandle.standardOutput { try handle.close() }
        if timings {
            Diagnostics.write(clock.summary(files: files.count, jobs: jobs, wall: DispatchTime.now().uptimeNanoseconds - started))
        }

        let failed = all.filter { $0.status == .failed }
        for row in failed { Diagnostics.error(row.file, row.reason ?? "failed") }
        if !failed.isEmpty { throw ExitStatus.dataError }
        // A path the user named that is not there is reported at once and makes the batch exit 66 at the end.
        if walked.skipped.contains(where: { $0.reason == "no such file" || $0.reason == "symlink loop" }) { throw ExitStatus.noInput }
        if let failUnder, all.contains(where: { ($0.score ?? -1) < failUnder }) { throw ExitStatus.belowThreshold }
    }

    private func prepareReportFolder(inputs: [String]) throws -> URL? {
        guard let reports else { return nil }
        let folder = URL(fileURLWithPath: reports).standardizedFileURL
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            Diagnostics.error(reports, "cannot create the reports folder (\(error.localizedDescription))")
            throw ExitStatus.noInput
        }
        return folder
    }

    /// A JSON object for a file that could not be analyzed.
    static func errorObject(_ row: RankingRow) -> String {
        let object: [String: Any] = ["schemaVersion": JSONAssessmentReporter.schemaVersion, "file": row.file,
                                     "status": "failed", "reason": row.failureKind ?? "other", "error": row.reason ?? ""]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

/// Sums the time workers spend reading and scoring files (`--timings`).
final class StageClock: @unchecked Sendable {
    private var read: UInt64 = 0
    private var score: UInt64 = 0
    private let lock = NSLock()

    func add(read: UInt64, score: UInt64) {
        lock.lock()
        self.read += read
        self.score += score
        lock.unlock()
    }

    /// Reading and scoring per file, and scoring's share of the work; the rest of the wall time (writing
    /// outputs, waiting) is shown too.
    func summary(files: Int, jobs: Int, wall: UInt64) -> String {
        lock.lock()
        defer { lock.unlock() }
        let perFile = { (nanoseconds: UInt64) in Double(nanoseconds) / 1e6 / Double(max(1, files)) }
        let worked = Double(read + score)
        return String(format: "timings: %d files, %d jobs, %.2f s wall; per file: read %.3f ms, score %.3f ms; scoring is %.1f%% of the work\n",
                      files, jobs, Double(wall) / 1e9, perFile(read), perFile(score), worked > 0 ? 100 * Double(score) / worked : 0)
    }
}

/// Rows by input index, filled from worker threads.
final class RowStore: @unchecked Sendable {
    private var rows: [RankingRow?]
    private let lock = NSLock()

    init(count: Int) { rows = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ row: RankingRow) {
        lock.lock()
        rows[index] = row
        lock.unlock()
    }

    var all: [RankingRow] {
        lock.lock()
        defer { lock.unlock() }
        return rows.compactMap { $0 }
    }
}
