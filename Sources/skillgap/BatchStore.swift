import Foundation
import Ingest
import Reports
import SkillgapCore
import Store

/// `batch --db FILE`: which files the results store already holds a valid result for, and each new result saved
/// the moment it arrives. A stored result holds while the file's content, the skillgap version and the rules
/// version (rule files, posting, options that change a result) are the ones that scored it.
final class BatchStore: @unchecked Sendable {
    private let store: ResultStore
    private let target: String
    private let rulesVersion: String
    private let skillgapVersion = Skillgap.configuration.version
    /// Content hashes by request index, computed while planning.
    private var hashes: [Int: String] = [:]
    private var firstError: StoreError?
    private let lock = NSLock()

    /// The store at `path`, or the reason on standard error and the exit status: 74 when it cannot be opened,
    /// 65 when the file is not a store, 75 when another process holds it locked.
    init(path: String, target: String, rulesVersion: String) throws {
        do {
            store = try ResultStore(path: path)
        } catch let error as StoreError {
            Diagnostics.error(path, error.description)
            throw Self.exitStatus(error)
        }
        self.target = target
        self.rulesVersion = rulesVersion
    }

    static func exitStatus(_ error: StoreError) -> Error {
        switch error {
        case .cannotOpen, .failed: ExitStatus.ioError
        case .sqliteMissing: ExitStatus.unavailable
        case .notAStore: ExitStatus.dataError
        case .busy: ExitStatus.tempFail
        }
    }

    /// The stored answers that still hold, by index in `files`; every other file is to be scored. With
    /// `rescore`, none is reused.
    func reusable(_ files: [String], keys: [String], rescore: Bool) throws -> [Int: WorkerAnswer] {
        let results: [String: StoredResult]
        do {
            results =
                rescore
                ? [:]
                : Dictionary(
                    try store.results(target: target).map { ($0.path, $0) },
                    uniquingKeysWith: { first, _ in first })
        } catch let error as StoreError {
            Diagnostics.error(store.path, error.description)
            throw Self.exitStatus(error)
        }
        var reused: [Int: WorkerAnswer] = [:]
        for (index, file) in files.enumerated() {
            guard let hash = ContentDigest.sha256(file: file) else { continue }
            hashes[index] = hash
            let current = StoredResult.Versions(
                contentHash: hash, skillgapVersion: skillgapVersion, rulesVersion: rulesVersion)
            guard let result = results[keys[index]], result.versions == current,
                let (row, _) = RankingJSONLines.row(from: result.json, index: index)
            else { continue }
            reused[index] = WorkerAnswer(
                row: row, checkJSON: result.status == "failed" ? nil : result.json,
                reportFailure: nil, readNanoseconds: 0, scoreNanoseconds: 0)
        }
        return reused
    }

    /// Saves a file's answer (`key` is its path in the store). A failure that may not happen again (a timeout,
    /// a crash, a file that could not be read) is not saved, so the next run tries the file again.
    func save(_ answer: WorkerAnswer, key: String) {
        let row = answer.row
        if row.status == .failed,
            ["timed out", "crashed", "unreadable", "other"].contains(row.failureCode ?? "other")
        {
            return
        }
        guard let hash = lock.withLock({ hashes[row.index] }) else { return }
        let result = StoredResult(
            path: key, target: target, contentHash: hash, skillgapVersion: skillgapVersion,
            rulesVersion: rulesVersion, status: row.status.rawValue, score: row.score,
            mustHavesMet: row.mustHavesMet, mustHavesTotal: row.mustHavesTotal,
            json: answer.checkJSON ?? RankingJSONLines.failureObject(row))
        do {
            try store.save(result)
        } catch let error as StoreError {
            lock.withLock { if firstError == nil { firstError = error } }
        } catch {}
    }

    /// Says what went wrong writing the store, if anything, and the exit status it calls for.
    func finish() throws {
        guard let error = lock.withLock({ firstError }) else { return }
        Diagnostics.error(
            store.path, error.description + "; the ranking is complete, the store is not")
        throw Self.exitStatus(error)
    }

    /// The key of a file in the store: its absolute path, so a batch run from another folder finds it.
    static func key(_ file: String) -> String {
        URL(fileURLWithPath: file).standardizedFileURL.path
    }

    /// The version of everything besides the file that decides a result: the rule files in load order, the
    /// posting's bytes with `--job`, and the options that change what is written (blind, limits).
    static func rulesVersion(
        rules: String?, job: String?, blind: Bool, limits: IngestLimits
    ) throws
        -> String
    {
        var text = ""
        for file in try RulePackLoader.files(overriddenBy: rules) {
            text += "\(file.name.utf8.count):\(file.name)\(file.text.utf8.count):\(file.text)"
        }
        if let job { text += "job:" + (ContentDigest.sha256(file: job) ?? job) }
        text += blind ? "blind" : "named"
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        text += (try? String(decoding: encoder.encode(limits), as: UTF8.self)) ?? ""
        return ContentDigest.sha256(Data(text.utf8))
    }
}
