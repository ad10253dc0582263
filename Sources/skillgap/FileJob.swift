import Analysis
import Foundation
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
        let (pack, role) = try RulesOptions.loadRole(configuration.role, rules: configuration.rules)
        self.configuration = configuration
        self.analyzer = Analyzer(
            pack: pack, role: role, ingestor: .init(limits: configuration.limits),
            runChecks: configuration.runChecks, blind: configuration.blind)
        self.fileReporter = configuration.reportFormat.reporter
    }

    func run(_ request: WorkerRequest) -> WorkerAnswer {
        let analysis = analyzer.analyze(.file(request.path), file: request.path)
        var answer = WorkerAnswer(
            row: analysis.row(index: request.index, blind: configuration.blind), checkJSON: nil,
            reportFailure: nil, readNanoseconds: analysis.readNanoseconds,
            scoreNanoseconds: analysis.scoreNanoseconds)
        guard let assessment = analysis.assessment else { return answer }
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
