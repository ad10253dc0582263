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

/// `--shard K/N`: the K-th of N deterministic slices of the sorted input.
struct Shard: ExpressibleByArgument {
    let index: Int
    let count: Int

    init?(argument: String) {
        let parts = argument.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1,
            (1...count).contains(index)
        else {
            return nil
        }
        self.index = index
        self.count = count
    }

    /// Every N-th file starting at K, so the shards of one sorted list never overlap and cover it all.
    func slice<T>(_ items: [T]) -> [T] {
        items.enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
    }
}
