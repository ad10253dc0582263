import ArgumentParser
import Reports

/// The output formats of `skillgap extract`.
enum ExtractOutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json

    var reporter: any ResumeReporter {
        switch self {
        case .text: ExtractionTextReporter()
        case .json: ExtractionJSONReporter()
        }
    }
}
