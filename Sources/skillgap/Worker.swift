import ArgumentParser
import Foundation
import Reports
import Ingest
import SkillgapCore

/// `skillgap worker`: the process `batch` runs files in, so that a crash or a hang in a C library (poppler,
/// libxml2) on one malformed file costs that file only. It reads request lines (`WorkerMessage.request`) and
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
            guard let (index, reportName, path) = WorkerMessage.request(from: line) else { continue }
            // Test hooks: make this worker crash or hang on purpose, to test that a batch survives it.
            if let crashOn, !crashOn.isEmpty, path.contains(crashOn) { abort() }
            if let hangOn, !hangOn.isEmpty, path.contains(hangOn) {
                Diagnostics.write("skillgap worker: test hook: hanging on \(path)\n")
                while true { sleep(60) }
            }
            let outcome = runner.outcome(index, path)
            if let reports, let assessment = outcome.assessment, !reportName.isEmpty {
                let url = URL(fileURLWithPath: reports).appendingPathComponent(reportName)
                try? Data(fileReporter.render(assessment).utf8).write(to: url, options: .atomic)
            }
            var text = WorkerMessage.header(outcome) + "\n"
            if emitCheck, let assessment = outcome.assessment {
                text += checkReporter.render(assessment).trimmingCharacters(in: .newlines) + "\n"
            }
            // The batch that asked is gone: nothing is left to answer.
            guard (try? FileHandle.standardOutput.write(contentsOf: Data(text.utf8))) != nil else { Foundation.exit(0) }
        }
    }
}
