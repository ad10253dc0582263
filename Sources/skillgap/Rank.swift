import ArgumentParser
import Foundation
import Reports
import SkillgapCore

/// `skillgap rank FILE...`: merge the JSON Lines of several `batch --shard` runs into one ranking.
struct Rank: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Merge JSON Lines from `skillgap batch --format jsonl` (e.g. one per shard) into one ranking.",
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

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Write the ranking to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        guard format == .csv || format == .markdown else {
            throw ValidationError("rank writes csv or markdown")
        }
    }

    func run() throws {
        var rows: [RankingRow] = []
        var role = "Ranking"
        for file in files {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                Diagnostics.error(file, "cannot read the file; check the path")
                throw ExitStatus.noInput
            }
            for (number, line) in text.split(separator: "\n").enumerated()
            where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                guard let (row, title) = RankingJSONLines.row(from: String(line), index: rows.count)
                else {
                    Diagnostics.error(
                        "\(file):\(number + 1)", "not a line of `skillgap batch --format jsonl`")
                    throw ExitStatus.dataError
                }
                if let title { role = title }
                rows.append(row)
            }
        }
        let text =
            format == .csv
            ? CSVRankingReporter().render(rows) : MarkdownRankingReporter().render(rows, role: role)
        try OutputFile.write(text, to: output, inputs: files)
    }
}
