import Analysis
import ArgumentParser
import Foundation
import Ingest
import Reports
import SkillgapCore

/// `skillgap batch PATH...`: score a folder of applicants and rank them.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch", _superCommandName: Skillgap.programName,
        abstract:
            "Score many resumes in parallel and rank them (CSV, JSON Lines, JSON, Markdown or HTML).",
        discussion: """
            PATH is a file or a folder (walked recursively; hidden files and symlink loops are skipped), or - to read \
            paths from standard input. The output is in the same order whatever --jobs is. A file that cannot be \
            read becomes a row with the reason; the batch goes on and exits 65 at the end if any file failed (66 if a \
            path you named does not exist). `--timings` shows how the time went.

            Large corpora run as N independent jobs with --shard K/N and --format jsonl; `skillgap rank` merges them.

            With --db FILE every result is also kept in a SQLite file as it arrives; the next batch with the same \
            store scores only files that are new, changed, or were scored by other rules or another skillgap, and \
            ranks the rest from the store (per-file reports are written for the files scored in this run). A \
            batch that is stopped, even by kill -9, loses only the files in flight: run it again to finish. \
            `skillgap rank --db FILE` ranks from the store.

            Examples:
              skillgap batch applicants/ --format csv -o ranking.csv --reports reports/
              skillgap batch applicants/ --blind --format markdown
              skillgap batch applicants/ --shard 2/8 --format jsonl -o part-2.jsonl
              skillgap batch applicants/ --db results.db -o ranking.csv
              skillgap batch cvs/ --shard auto -f jsonl -o part-$PARALLEL_SEQ.jsonl
            """
    )

    @Argument(help: "Files, folders, or - for a list of paths on standard input.")
    var paths: [String]

    @OptionGroup var roleOptions: RoleOptions

    @Option(
        name: .shortAndLong, help: "Parallel jobs; the default is this machine's number of cores.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(
        name: .shortAndLong,
        help: "Output format: \(RankingFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: RankingFormat = .csv

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Write the ranking to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Write one report per input into this folder.", valueName: "dir"))
    var reports: String?

    @Option(name: .long, help: "Format of the per-file reports: markdown, json, html.")
    var reportFormat: ReportFormat = .markdown

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Process only the K-th of N slices of the sorted input; auto takes K and N from the scheduler.",
            discussion: """
                auto reads a Kubernetes Indexed Job (JOB_COMPLETION_INDEX), a Slurm job array \
                (SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_MIN, SLURM_ARRAY_TASK_COUNT), an AWS Batch array job \
                (AWS_BATCH_JOB_ARRAY_INDEX) or GNU parallel (PARALLEL_SEQ, from 1). Where the scheduler does not \
                tell the number of shards, SKILLGAP_SHARD_COUNT or --shard-count does. Examples: docs/shards/.
                """,
            valueName: "K/N|auto"))
    var shard: ShardOption?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "With --shard auto, the number of shards, where the scheduler does not tell it.",
            valueName: "N"))
    var shardCount: Int?

    @Flag(
        name: .long,
        help: ArgumentHelp(
            "Blind screening: no name, contact detail, link, handle or file name in any output.",
            discussion: """
                Each file is shown by a stable anonymous id (applicant- and a hash of its content), reports are \
                named by it, and the name, its words, handles, email addresses, URLs and phone numbers are taken \
                out of every quote. Use --blind-key to keep the ids' files.
                """))
    var blind = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "With --blind, write each anonymous id and its file (tab-separated) to this file, to unblind later.",
            valueName: "file"))
    var blindKey: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Exit with status 1 when any file scores below this (or is not scored).",
            valueName: "score"))
    var failUnder: Int?

    @Flag(name: .shortAndLong, help: "No progress on standard error.")
    var quiet = false

    @Flag(
        name: .long,
        help:
            "Print to standard error how the time went: reading (extraction and sections) and scoring, summed over files."
    )
    var timings = false

    @Flag(
        name: .long,
        help:
            "Analyze in this process instead of worker processes: a little faster, but a crash in a PDF or XML library on one file would stop the batch."
    )
    var inProcess = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Rank the applicants for this job posting instead of a role; the CSV gains required met and years.",
            valueName: "posting"))
    var job: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Keep every result in this SQLite file and score only files it does not hold already.",
            valueName: "file"))
    var db: String?

    @Flag(name: .long, help: "With --db, score every file again, even those the store holds.")
    var rescore = false

    @OptionGroup var input: InputOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if blindKey != nil, !blind {
            throw ValidationError("--blind-key writes the key of a blind batch: add --blind")
        }
        if shardCount != nil, shard?.isAuto != true {
            throw ValidationError("--shard-count is for --shard auto")
        }
        if rescore, db == nil {
            throw ValidationError(
                "--rescore scores again what a results store holds: add --db FILE")
        }
        if let failUnder, !(0...100).contains(failUnder) {
            throw ValidationError("--fail-under must be between 0 and 100")
        }
    }

    func run() throws {
        let (title, roleID) = try chooseRole()
        var walked = InputWalker().files(from: paths)
        if let db {
            // A store kept beside the applicants (and its journal) is not an applicant.
            let store = BatchStore.key(db)
            let own = Set(["", "-wal", "-shm", "-journal"].map { store + $0 })
            walked.files.removeAll { own.contains(BatchStore.key($0)) }
        }
        for skipped in walked.skipped {
            Diagnostics.error(skipped.path, "skipped: \(skipped.reason.phrase)")
        }
        let slice = try chosenShard()
        let files = slice.map { $0.slice(walked.files) } ?? walked.files
        if let slice, !quiet {
            Diagnostics.write(
                "skillgap: shard \(slice.index) of \(slice.count): \(files.count) of \(walked.files.count) files\n"
            )
        }
        guard !walked.files.isEmpty else {
            Diagnostics.error(paths.joined(separator: " "), "no files to check")
            throw ExitStatus.noInput
        }
        // A job array may have more shards than files: an empty slice is an empty ranking, not an error.
        if files.isEmpty {
            try RankingOutput(format: format, path: output, inputs: []).finish([], roleTitle: title)
            return try exitStatus([], walked: walked, reportFailures: [])
        }
        let reportFolder = try prepareReportFolder()
        let anonymousIDs = blind ? BlindIDs.ids(for: files) : nil
        if let blindKey, let anonymousIDs {
            try BlindIDs.writeKey(anonymousIDs, files: files, to: blindKey)
        }
        let reportNames = reportFolder.map {
            ReportNames.names(
                for: anonymousIDs ?? files, fileExtension: reportFormat.fileExtension, folder: $0)
        }
        let store = try db.map {
            try BatchStore(
                path: $0, target: storeTarget(roleID),
                rulesVersion: BatchStore.rulesVersion(
                    rules: roleOptions.rules.rules, job: job, blind: blind, limits: input.limits))
        }
        // The store's keys, made only for a store (standardising every path of a large batch is not free).
        let keys = store == nil ? [] : files.map(BatchStore.key)
        let reused = try store?.reusable(files, keys: keys, rescore: rescore) ?? [:]
        if !reused.isEmpty, !quiet {
            Diagnostics.write(
                "skillgap: \(reused.count) of \(files.count) files unchanged since the store scored them: skipped"
                    + " (--rescore scores them again)\n")
        }
        let requests = files.indices.filter { reused[$0] == nil }.map {
            WorkerRequest(
                index: $0, path: files[$0], reportName: reportNames?[$0] ?? "",
                portfolio: walked.portfolios[files[$0]], anonymousID: anonymousIDs?[$0])
        }
        let output = try RankingOutput(format: format, path: self.output, inputs: files)
        output.markdown = MarkdownRankingReporter(
            base: inputFolder,
            reportLinks: reportLinks(folder: reportFolder, names: reportNames))
        let configuration = WorkerConfiguration(
            role: roleID, job: job, rules: roleOptions.rules.rules, limits: input.limits,
            blind: blind,
            runChecks: output.needsAssessments || reportFolder != nil || store != nil,
            emitCheck: output.needsAssessments || store != nil,
            rowCoverage: format == .html,
            reportsFolder: reportFolder?.path, reportFormat: reportFormat)

        let rows = RowStore(count: files.count)
        let clock = StageClock()
        let progress = BatchProgress(total: requests.count, quiet: quiet)
        for (_, answer) in reused.sorted(by: { $0.key < $1.key }) {
            rows.set(answer.row)
            output.put(answer)
        }
        let reportFailures = ReportFailures()
        let started = DispatchTime.now().uptimeNanoseconds
        let dispatcher: any BatchDispatcher =
            inProcess
            ? InProcessDispatcher(job: try FileJob(configuration: configuration))
            : WorkerPool(configuration: configuration, timeout: input.timeout)
        do {
            try dispatcher.run(requests, jobs: jobs) { answer in
                store?.save(answer, key: keys[answer.row.index])
                rows.set(answer.row)
                clock.add(read: answer.readNanoseconds, score: answer.scoreNanoseconds)
                output.put(answer)
                if let failure = answer.reportFailure {
                    reportFailures.add(file: answer.row.file, failure)
                }
                progress.finished(failed: answer.row.status == .failed)
            }
        } catch {
            Diagnostics.error("skillgap batch", "\(error)")
            throw ExitStatus.ioError
        }
        let all = rows.all
        try output.finish(all, roleTitle: title)
        try store?.finish()
        if timings {
            Diagnostics.write(
                clock.summary(
                    files: files.count, jobs: jobs,
                    wall: DispatchTime.now().uptimeNanoseconds - started))
        }
        try exitStatus(all, walked: walked, reportFailures: reportFailures.all)
    }
}
