import ArgumentParser
import Foundation
import Reports

/// The output formats of `skillgap check`.
enum CheckOutputFormat: String, CaseIterable, ExpressibleByArgument {
    case markdown, json, text, html

    /// The reporter; `text` is coloured only for a terminal without NO_COLOR.
    func reporter(toTerminal: Bool) -> any AssessmentReporter {
        switch self {
        case .markdown: MarkdownAssessmentReporter()
        case .json: JSONAssessmentReporter()
        case .html: HTMLAssessmentReporter()
        case .text:
            TextAssessmentReporter(
                color: toTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
        }
    }
}
