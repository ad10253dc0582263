import ArgumentParser
import Foundation
import Reports
import SkillgapCore

/// Where a batch writes, and how it ends: the report folder and links, the exit status.
extension Batch {
    /// Every failure is told at the end; the exit code says the worst: an output not written (74), a file not
    /// analyzed (65), a path that is not there (66), a score under --fail-under (1).
    func exitStatus(
        _ rows: [RankingRow], walked: InputWalker.Result,
        reportFailures: [(file: String, message: String)]
    ) throws {
        let failed = rows.filter { $0.status == .failed }
        for row in failed { Diagnostics.error(row.file, row.reasonText ?? "failed") }
        for failure in reportFailures { Diagnostics.error(failure.file, failure.message) }
        if !reportFailures.isEmpty { throw ExitStatus.ioError }
        if !failed.isEmpty { throw ExitStatus.dataError }
        // A path the user named that is not there is reported at once and makes the batch exit 66 at the end.
        if walked.skipped.contains(where: { $0.reason.isMissing }) { throw ExitStatus.noInput }
        if let failUnder, rows.contains(where: { ($0.score ?? -1) < failUnder }) {
            throw ExitStatus.belowThreshold
        }
    }

    /// The one folder the files were found in, when a single folder was named: the ranking shows paths below
    /// it.
    var inputFolder: String? {
        var isFolder: ObjCBool = false
        guard paths.count == 1, paths[0] != "-",
            FileManager.default.fileExists(atPath: paths[0], isDirectory: &isFolder),
            isFolder.boolValue
        else { return nil }
        return paths[0]
    }

    /// Each file's report as a link from where the ranking is written (or from the current folder).
    func reportLinks(folder: URL?, names: [String]?) -> [Int: String] {
        guard let folder, let names else { return [:] }
        let from =
            output.map { URL(fileURLWithPath: $0).standardizedFileURL.deletingLastPathComponent() }
            ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL
        let fromParts = from.pathComponents
        let toParts = folder.pathComponents
        let common = zip(fromParts, toParts).prefix { $0 == $1 }.count
        let up = Array(repeating: "..", count: fromParts.count - common)
        let prefix = (up + toParts[common...]).joined(separator: "/")
        var links: [Int: String] = [:]
        for (index, name) in names.enumerated() {
            links[index] = prefix.isEmpty ? name : prefix + "/" + name
        }
        return links
    }

    func prepareReportFolder() throws -> URL? {
        guard let reports else { return nil }
        let folder = URL(fileURLWithPath: reports).standardizedFileURL
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            Diagnostics.error(
                reports, "cannot create the reports folder (\(OutputFile.reason(error)))")
            throw ExitStatus.ioError
        }
        return folder
    }
}
