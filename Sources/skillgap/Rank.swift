import ArgumentParser
import Foundation
import Reports
import SkillgapCore
import Store

/// `skillgap rank FILE...`: merge the JSON Lines of several `batch --shard` runs into one ranking.
struct Rank: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank", _superCommandName: Skillgap.programName,
        abstract:
            "Merge JSON Lines from `skillgap batch --format jsonl` (e.g. one per shard), or a results store, into one ranking.",
        discussion: """
            Examples:
              for k in 1 2 3 4; do skillgap batch applicants/ --shard $k/4 --format jsonl -o part-$k.jsonl & done; wait
              skillgap rank part-*.jsonl --format csv -o ranking.csv
              skillgap rank --db results.db --format html -o ranking.html
            """
    )

    @Argument(
        help:
            "JSON Lines files written by `skillgap batch --format jsonl`, or - for standard input.")
    var files: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Rank the results kept in this store by `skillgap batch --db` instead of JSON Lines files.",
            valueName: "file"))
    var db: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "With --db, the results to rank when the store holds several (role:ID or job:PATH).",
            valueName: "target"))
    var target: String?

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
        if db != nil, !files.isEmpty {
            throw ValidationError("rank either JSON Lines files or a store (--db), not both")
        }
        if db == nil, files.isEmpty {
            throw ValidationError("name the JSON Lines files to rank, or a store with --db FILE")
        }
        if target != nil, db == nil {
            throw ValidationError("--target chooses among a store's results: add --db FILE")
        }
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

    /// The lines to rank, each with the file and line number it came from.
    private func sources() throws -> [(file: String, lines: [Substring])] {
        if let db { return [(db, try storedLines(db))] }
        return try files.map { file in
            let data =
                file == "-"
                ? FileHandle.standardInput.readDataToEndOfFile()
                : FileManager.default.contents(atPath: file)
            guard let data, let text = String(data: data, encoding: .utf8) else {
                Diagnostics.error(file, "cannot read the file as UTF-8 text; check the path")
                throw ExitStatus.noInput
            }
            return (file, text.split(separator: "\n", omittingEmptySubsequences: false))
        }
    }

    /// The results a store holds for `--target`, or for its only target, as JSON Lines.
    private func storedLines(_ path: String) throws -> [Substring] {
        guard FileManager.default.fileExists(atPath: path) else {
            Diagnostics.error(path, "no such results store; `skillgap batch --db FILE` writes one")
            throw ExitStatus.noInput
        }
        do {
            let store = try ResultStore(path: path)
            let targets = try store.targets()
            let chosen = target ?? (targets.count == 1 ? targets[0].target : nil)
            guard let chosen, targets.contains(where: { $0.target == chosen }) else {
                let known = targets.map { "\($0.target) (\($0.files) files)" }.joined(
                    separator: ", ")
                Diagnostics.error(
                    path,
                    targets.isEmpty
                        ? "the store holds no results yet"
                        : target == nil
                            ? "the store holds results for several targets; choose one with --target: \(known)"
                            : "the store holds no results for \(target ?? ""); it holds \(known)")
                throw targets.isEmpty ? ExitStatus.noInput : ExitStatus.usage
            }
            return try store.results(target: chosen).map { Substring($0.json) }
        } catch let error as StoreError {
            Diagnostics.error(path, error.description)
            throw BatchStore.exitStatus(error)
        }
    }

    func run() throws {
        var rows: [RankingRow] = []
        var lines: [Int: String] = [:]
        var files: [String: String] = [:]
        var role = "Ranking"
        var duplicates = 0
        for (file, text) in try sources() {
            for (number, line) in text.enumerated()
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
