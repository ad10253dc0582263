import ArgumentParser
import Reports

/// The output formats of `skillgap batch` and `skillgap rank`.
enum RankingFormat: String, CaseIterable, ExpressibleByArgument {
    case csv, jsonl, json, markdown, html
}

/// The formats of per-file reports (`--reports DIR`).
enum ReportFormat: String, CaseIterable, Codable, ExpressibleByArgument {
    case markdown, json, html

    var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .json: "json"
        case .html: "html"
        }
    }

    var reporter: any AssessmentReporter {
        switch self {
        case .markdown: MarkdownAssessmentReporter()
        case .json: JSONAssessmentReporter()
        case .html: HTMLAssessmentReporter()
        }
    }
}
