import Foundation
import SkillgapCore

/// The lines a batch and its workers exchange: a request names a file, and the answer is its ranking row.
enum WorkerMessage {
    /// A request line: a JSON array of the input's index, its report name and its path, so that any character
    /// of a file name (a newline, a tab) survives the line-based pipe.
    static func request(index: Int, reportName: String, path: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [index, reportName, path], options: [.withoutEscapingSlashes]))
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    /// The index, report name and path of a request line; nil for anything else.
    static func request(from line: String) -> (index: Int, reportName: String, path: String)? {
        guard let array = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any], array.count == 3,
              let index = array[0] as? Int, let reportName = array[1] as? String, let path = array[2] as? String else { return nil }
        return (index, reportName, path)
    }

    /// The one-line answer a worker gives for a file.
    static func header(_ outcome: BatchRunner.Outcome) -> String {
        let row = outcome.row
        var object: [String: Any] = [
            "index": row.index, "status": row.status.rawValue, "met": row.mustHavesMet, "total": row.mustHavesTotal,
            "missing": row.missingMustHaves, "gaps": row.topGaps,
            "read": outcome.readNanoseconds, "scoreTime": outcome.scoreNanoseconds,
        ]
        if let candidate = row.candidate { object["candidate"] = candidate }
        if let score = row.score { object["score"] = score }
        if let reason = row.reason { object["reason"] = reason }
        if let kind = row.failureKind { object["kind"] = kind }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The outcome from a header line (and the check JSON line, if any), for the file at `index`.
    static func outcome(header: String, check: String?, index: Int, file: String) -> BatchRunner.Outcome? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(header.utf8)) as? [String: Any],
              let status = (object["status"] as? String).flatMap(RankingRow.Status.init(rawValue:)) else { return nil }
        let row = RankingRow(index: index, file: file, candidate: object["candidate"] as? String, score: object["score"] as? Int,
                             mustHavesMet: object["met"] as? Int ?? 0, mustHavesTotal: object["total"] as? Int ?? 0,
                             missingMustHaves: object["missing"] as? [String] ?? [], topGaps: object["gaps"] as? [String] ?? [],
                             status: status, reason: object["reason"] as? String, failureKind: object["kind"] as? String)
        return BatchRunner.Outcome(row: row, assessment: nil, readNanoseconds: (object["read"] as? NSNumber)?.uint64Value ?? 0,
                                   scoreNanoseconds: (object["scoreTime"] as? NSNumber)?.uint64Value ?? 0, checkJSON: check)
    }
}
