import Foundation
import Reports
import SkillgapCore

/// Where a batch's ranking goes: JSON and JSON Lines stream each file's object in input order as it is
/// ready; CSV and Markdown are written once every row is in.
final class RankingOutput: @unchecked Sendable {
    private let format: RankingFormat
    private let handle: FileHandle
    private let name: String
    private let streaming: OrderedWriter?
    /// How a Markdown ranking shows files and links them to reports.
    var markdown = MarkdownRankingReporter()

    init(format: RankingFormat, path: String?, inputs: [String]) throws {
        self.format = format
        handle = try OutputFile.open(path, inputs: inputs)
        name = path ?? "standard output"
        streaming =
            switch format {
            case .jsonl: OrderedWriter(handle: handle, name: name, separator: "")
            case .json: OrderedWriter(handle: handle, name: name, separator: ",\n")
            case .csv, .markdown, .html: nil
            }
        if format == .json { OutputFile.write("[\n", to: handle, name: name) }
    }

    /// Whether this output shows each file's whole assessment (and so needs it from the workers).
    var needsAssessments: Bool { streaming != nil }

    /// Streams one file's object, when the format streams.
    func put(_ answer: WorkerAnswer) {
        guard let streaming else { return }
        let object = answer.checkJSON ?? RankingJSONLines.failureObject(answer.row)
        streaming.put(answer.row.index, format == .jsonl ? object + "\n" : object)
    }

    /// Writes what waits for every row, and closes the output.
    func finish(_ rows: [RankingRow], roleTitle: String) throws {
        switch format {
        case .json: OutputFile.write("\n]\n", to: handle, name: name)
        case .csv: OutputFile.write(CSVRankingReporter().render(rows), to: handle, name: name)
        case .markdown:
            OutputFile.write(
                markdown.render(rows, role: roleTitle), to: handle, name: name)
        case .html:
            OutputFile.write(
                HTMLRankingReporter(markdown: markdown).render(rows, role: roleTitle), to: handle,
                name: name)
        case .jsonl: break
        }
        if handle !== FileHandle.standardOutput { try handle.close() }
    }
}
