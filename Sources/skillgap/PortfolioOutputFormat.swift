import ArgumentParser
import Reports

/// The output formats of `skillgap portfolio`.
enum PortfolioOutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown, json

    func render(_ report: PortfolioReport) -> String {
        switch self {
        case .text: PortfolioTextReporter().render(report)
        case .markdown: PortfolioMarkdownReporter().render(report)
        case .json: PortfolioJSONReporter().render(report)
        }
    }
}
