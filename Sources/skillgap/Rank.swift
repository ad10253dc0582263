import ArgumentParser
import Foundation
import Reports
import SkillgapCore

/// `skillgap rank FILE...`: merge the JSON Lines of several `batch --shard` runs into one ranking.
struct Rank: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge JSON Lines from `skillgap batch --format jsonl` (e.g. one per shard) into one ranking.",
        discussion: """
        Examples:
          for k in 1 2 3 4; do skillgap batch applicants/ --shard $k/4 --format jsonl -o part-$k.jsonl & done; wait
          skillgap rank part-*.jsonl --format csv -o ranking.csv
        """
    )

    @Argument(help: "JSON Lines files written by `skillgap batch --format jsonl`.")
    var files: [String]

    @Option(name: .shortAndLong, help: "Output format: csv, markdown.")
    var format: RankingFormat = .csv

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the ranking to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        guard format == .csv || format == .markdown else { throw ValidationError("rank writes csv or markdown") }
    }

    func run() throws {
        var rows: [RankingRow] = []
        var role = "Ranking"
        for file in files {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                Diagnostics.error(file, "cannot read the file; check the path")
                throw ExitStatus.noInput
            }
            for (number, line) in text.split(separator: "\n").enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let path = object["file"] as? String else {
                    Diagnostics.error("\(file):\(number + 1)", "not a line of `skillgap batch --format jsonl`")
                    throw ExitStatus.dataError
                }
                if let title = (object["role"] as? [String: Any])?["title"] as? String { role = title }
                rows.append(Self.row(object, file: path, index: rows.count))
            }
        }
        let text = format == .csv ? CSVRankingReporter().render(rows) : MarkdownRankingReporter().render(rows, role: role)
        try OutputFile.write(text, to: output, inputs: files)
    }

    /// A ranking row from a check JSON object or a failure object.
    static func row(_ object: [String: Any], file: String, index: Int) -> RankingRow {
        if object["status"] as? String == "failed" {
            return RankingRow(index: index, file: file, failure: object["error"] as? String ?? "failed",
                              kind: object["reason"] as? String ?? "other")
        }
        let requirements = object["requirements"] as? [[String: Any]] ?? []
        let levels = ["must": 0, "should": 1, "nice": 2]
        let unmet = requirements.filter { $0["status"] as? String != "met" }.sorted {
            let a = (levels[$0["level"] as? String ?? ""] ?? 3, -($0["weight"] as? Double ?? 0))
            let b = (levels[$1["level"] as? String ?? ""] ?? 3, -($1["weight"] as? Double ?? 0))
            return a < b
        }
        let musts = object["mustHaves"] as? [String: Int] ?? [:]
        let score = object["score"] as? Int
        return RankingRow(index: index, file: file, candidate: object["candidate"] as? String, score: score,
                          mustHavesMet: musts["met"] ?? 0, mustHavesTotal: musts["total"] ?? 0,
                          missingMustHaves: unmet.filter { $0["level"] as? String == "must" }.compactMap { $0["id"] as? String },
                          topGaps: unmet.prefix(3).compactMap { $0["id"] as? String },
                          status: score == nil ? .unscored : .scored, reason: object["scoreReason"] as? String, failureKind: nil)
    }
}
