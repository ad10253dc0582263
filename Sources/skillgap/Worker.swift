import ArgumentParser
import Foundation
import Reports
import Ingest
import SkillgapCore

/// `skillgap worker`: the process `batch` runs files in, so that a crash or a hang in a C library (poppler,
/// libxml2) on one malformed file costs that file only. It reads `INDEX<TAB>REPORT-NAME<TAB>PATH` lines and
/// answers each with one JSON line (the ranking row), followed by the check JSON when asked.
struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Internal: analyze files for `skillgap batch` in a separate process.", shouldDisplay: false)

    @OptionGroup var roleOptions: RoleOptions
    @OptionGroup var input: InputOptions

    @Flag(name: .long) var blind = false
    @Flag(name: .long) var runChecks = false
    @Flag(name: .long) var emitCheck = false
    @Option(name: .long) var reports: String?
    @Option(name: .long) var reportFormat: ReportFormat = .markdown

    func run() throws {
        let (pack, role) = try roleOptions.load()
        let runner = BatchRunner(ingestor: input.ingestor, assessor: Assessor(pack: pack),
                                 sectioner: Sectioner(vocabulary: pack.vocabulary), role: role, blind: blind, runChecks: runChecks)
        let checkReporter = JSONAssessmentReporter(compact: true)
        let fileReporter: any AssessmentReporter = reportFormat == .markdown ? MarkdownAssessmentReporter() : JSONAssessmentReporter()
        let crashOn = ProcessInfo.processInfo.environment["SKILLGAP_TEST_WORKER_CRASH_ON"]
        let hangOn = ProcessInfo.processInfo.environment["SKILLGAP_TEST_WORKER_HANG_ON"]
        _ = LibraryWarmUp.once
        while let line = readLine() {
            let parts = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, let index = Int(parts[0]) else { continue }
            let path = String(parts[2])
            // Test hooks: make this worker crash or hang on purpose, to test that a batch survives it.
            if let crashOn, !crashOn.isEmpty, path.contains(crashOn) { abort() }
            if let hangOn, !hangOn.isEmpty, path.contains(hangOn) {
                FileHandle.standardError.write(Data("skillgap worker: test hook: hanging on \(path)\n".utf8))
                while true { sleep(60) }
            }
            let outcome = runner.outcome(index, path)
            if let reports, let assessment = outcome.assessment, !parts[1].isEmpty {
                let url = URL(fileURLWithPath: reports).appendingPathComponent(String(parts[1]))
                try? Data(fileReporter.render(assessment).utf8).write(to: url, options: .atomic)
            }
            var text = WorkerMessage.header(outcome, restart: Ingestor.hasAbandonedWork) + "\n"
            if emitCheck, let assessment = outcome.assessment {
                text += checkReporter.render(assessment).trimmingCharacters(in: .newlines) + "\n"
            }
            FileHandle.standardOutput.write(Data(text.utf8))
            // A DOCX thread that never ended still runs here: stop; the answer told the batch to start a fresh worker.
            if Ingestor.hasAbandonedWork { Foundation.exit(0) }
        }
    }
}

/// The one-line answer a worker gives for a file.
enum WorkerMessage {
    /// `restart`: the worker stops after this answer, so the batch must start another.
    static func header(_ outcome: BatchRunner.Outcome, restart: Bool = false) -> String {
        let row = outcome.row
        var object: [String: Any] = [
            "index": row.index, "status": row.status.rawValue, "met": row.mustHavesMet, "total": row.mustHavesTotal,
            "missing": row.missingMustHaves, "gaps": row.topGaps,
            "read": outcome.readNanoseconds, "scoreTime": outcome.scoreNanoseconds,
        ]
        if let candidate = row.candidate { object["candidate"] = candidate }
        if let score = row.score { object["score"] = score }
        if let reason = row.reason { object["reason"] = reason }
        if let kind = row.failureKind { object["kind"] = kind }
        if restart { object["restart"] = true }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The outcome from a header line (and the check JSON line, if any), for the file at `index`.
    static func outcome(header: String, check: String?, index: Int, file: String) -> BatchRunner.Outcome? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(header.utf8)) as? [String: Any],
              let status = (object["status"] as? String).flatMap(RankingRow.Status.init(rawValue:)) else { return nil }
        let row = RankingRow(index: index, file: file, candidate: object["candidate"] as? String, score: object["score"] as? Int,
                             mustHavesMet: object["met"] as? Int ?? 0, mustHavesTotal: object["total"] as? Int ?? 0,
                             missingMustHaves: object["missing"] as? [String] ?? [], topGaps: object["gaps"] as? [String] ?? [],
                             status: status, reason: object["reason"] as? String, failureKind: object["kind"] as? String)
        return BatchRunner.Outcome(row: row, assessment: nil, readNanoseconds: (object["read"] as? NSNumber)?.uint64Value ?? 0,
                                   scoreNanoseconds: (object["scoreTime"] as? NSNumber)?.uint64Value ?? 0, checkJSON: check)
    }
}
