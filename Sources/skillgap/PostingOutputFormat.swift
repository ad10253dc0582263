import ArgumentParser
import Reports

/// The output formats of `skillgap posting`.
enum PostingOutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown, json

    func render(_ report: PostingReport) -> String {
        switch self {
        case .text: PostingTextReporter().render(report)
        case .markdown: PostingMarkdownReporter().render(report)
        case .json: PostingJSONReporter().render(report)
        }
    }
}
