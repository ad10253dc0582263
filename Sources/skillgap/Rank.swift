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

    @Argument(
        help:
            "JSON Lines files written by `skillgap batch --format jsonl`, or - for standard input.")
    var files: [String]

    @Option(
        name: .shortAndLong,
        help: """
            Output format: csv, markdown, html, jsonl (the input lines in ranking order), json (the same as one \
            array).
            """)
    var format: RankingFormat = .csv

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Write the ranking to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        var seen = Set<String>()
        for file in files where file != "-" {
            let key = URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath().path
            guard seen.insert(key).inserted else {
                throw ValidationError("\(file) is given twice; each shard's file once")
            }
        }
        guard files.filter({ $0 == "-" }).count <= 1 else {
            throw ValidationError("standard input (-) can be read once")
        }
    }

    func run() throws {
        var rows: [RankingRow] = []
        var lines: [Int: String] = [:]
        var files: [String: String] = [:]
        var role = "Ranking"
        var duplicates = 0
        for file in self.files {
            let data =
                file == "-"
                ? FileHandle.standardInput.readDataToEndOfFile()
                : FileManager.default.contents(atPath: file)
            guard let data, let text = String(data: data, encoding: .utf8) else {
                Diagnostics.error(file, "cannot read the file as UTF-8 text; check the path")
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
                // The same resume in two shards (an overlap, or one shard run twice) counts once.
                if let first = files[row.file] {
                    if duplicates == 0 {
                        Diagnostics.error(
                            "\(file):\(number + 1)",
                            "\(row.file) is also in \(first); each file is ranked once")
                    }
                    duplicates += 1
                    continue
                }
                files[row.file] = file
                if let title { role = title }
                lines[row.index] = String(line)
                rows.append(row)
            }
        }
        if duplicates > 1 {
            Diagnostics.error(
                "skillgap rank", "\(duplicates) rows repeated a file and were left out")
        }
        let ranked = RankingRow.ranked(rows).compactMap { lines[$0.index] }
        let text: String =
            switch format {
            case .csv: CSVRankingReporter().render(rows)
            case .markdown: MarkdownRankingReporter().render(rows, role: role)
            case .html: HTMLRankingReporter().render(rows, role: role)
            case .jsonl: ranked.map { $0 + "\n" }.joined()
            case .json: "[\n" + ranked.joined(separator: ",\n") + "\n]\n"
            }
        try OutputFile.write(text, to: output, inputs: self.files.filter { $0 != "-" })
    }
}
