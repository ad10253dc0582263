import Analysis
import Foundation
import Ingest
import Portfolio
import Reports
import SkillgapCore

/// The unit of a batch's work: analyze one file, write its report, and answer with its ranking row. The
/// in-process runner and the worker processes both run this one type.
struct FileJob: Sendable {
    let analyzer: Analyzer
    let configuration: WorkerConfiguration
    private let checkReporter = JSONAssessmentReporter(compact: true)
    private let fileReporter: any AssessmentReporter

    /// The job for `configuration`; an invalid rule pack or role ends the process as `RulesOptions` does.
    init(configuration: WorkerConfiguration) throws {
        self.configuration = configuration
        self.fileReporter = configuration.reportFormat.reporter
        let ingestor = Ingestor(limits: configuration.limits)
        guard let job = configuration.job else {
            let (pack, role) = try RulesOptions.loadRole(
                configuration.role, rules: configuration.rules)
            analyzer = Analyzer(
                pack: pack, role: role, ingestor: ingestor, runChecks: configuration.runChecks,
                blind: configuration.blind)
            return
        }
        let pack = try RulesOptions.loadPack(configuration.rules)
        let advice = try configuration.role.map {
            try RulesOptions.loadRole($0, rules: configuration.rules).1
        }
        let posting = try PostingSource(pack: pack, ingestor: ingestor).posting(from: .file(job))
        analyzer = Analyzer(
            pack: pack, posting: posting, postingFile: job, advice: advice, ingestor: ingestor,
            runChecks: configuration.runChecks, blind: configuration.blind)
    }

    func run(_ request: WorkerRequest) -> WorkerAnswer {
        var analyzer = analyzer
        if let paths = request.portfolio, !paths.isEmpty {
            // A project that cannot be scanned is left out; the resume is still scored.
            let scanner = ProjectScanner(pack: analyzer.pack)
            analyzer.portfolio = paths.compactMap { try? scanner.scan($0) }
        }
        let analysis = analyzer.analyze(.file(request.path), file: request.shownName)
        var answer = WorkerAnswer(
            row: analysis.row(index: request.index, blind: configuration.blind), checkJSON: nil,
            reportFailure: nil, readNanoseconds: analysis.readNanoseconds,
            scoreNanoseconds: analysis.scoreNanoseconds)
        if !configuration.rowCoverage { answer.row.requirements = [] }
        guard let assessment = analysis.assessment,
            configuration.emitCheck || configuration.reportsFolder != nil
        else { return answer }
        let report = AssessmentReport(assessment)
        if configuration.emitCheck {
            answer.checkJSON = checkReporter.render(report).trimmingCharacters(in: .newlines)
        }
        if let folder = configuration.reportsFolder, !request.reportName.isEmpty {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(request.reportName)
            do {
                try Data(fileReporter.render(report).utf8).write(to: url, options: .atomic)
            } catch {
                answer.reportFailure =
                    "cannot write the report \(url.path) (\(OutputFile.reason(error)))"
            }
        }
        return answer
    }
}
