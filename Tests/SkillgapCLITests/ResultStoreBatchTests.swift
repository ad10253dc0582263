import Foundation
import XCTest

/// `batch --db`: a rerun scores only what changed, a killed batch resumes to the results of a clean run, two
/// batches can share a store, and `rank --db` ranks from it.
final class ResultStoreBatchTests: XCTestCase {
    private var folder: URL!
    private var applicants: URL!
    private var store: String { folder.appendingPathComponent("results.db").path }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skillgap-db-\(UUID().uuidString)")
        applicants = folder.appendingPathComponent("applicants")
        try FileManager.default.createDirectory(at: applicants, withIntermediateDirectories: true)
        let sources = [
            "check/strong.md", "check/weak.txt", "check/non-technical.txt", "text/resume.txt",
            "markdown/resume.md", "html/resume.html",
        ]
        for (number, source) in sources.enumerated() {
            let name = "\(number + 1)-" + (source as NSString).lastPathComponent
            try FileManager.default.copyItem(
                atPath: CommandRunner.fixture(source),
                toPath: applicants.appendingPathComponent(name).path)
        }
        // A file that fails for good (empty) is stored too, and not tried again.
        try Data().write(to: applicants.appendingPathComponent("7-empty.txt"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func batch(
        _ extra: [String] = [], environment: [String: String] = [:]
    ) throws
        -> CommandRunner.Output
    {
        try CommandRunner.run(
            ["batch", applicants.path, "--db", store, "--format", "jsonl", "--jobs", "1"] + extra,
            environment: environment)
    }

    /// Starts a one-worker batch with the store, writing its ranking to `ranking` in the test's folder.
    private func start(_ ranking: String, environment: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = [
            "batch", applicants.path, "--db", store, "--jobs", "1", "-q", "-o",
            folder.appendingPathComponent(ranking).path,
        ]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The store's results in ranking order, as JSON Lines.
    private func ranked() throws -> [String] {
        let rank = try CommandRunner.run(["rank", "--db", store, "--format", "jsonl"])
        XCTAssertEqual(rank.status, 0, rank.stderr)
        return rank.stdout.split(separator: "\n").map(String.init)
    }

    /// A clean run's results in ranking order, without a store.
    private func cleanRun() throws -> [String] {
        let clean = try CommandRunner.run(["batch", applicants.path, "--format", "jsonl"])
        XCTAssertEqual(clean.status, 65, clean.stderr)
        let lines = folder.appendingPathComponent("clean.jsonl")
        try clean.stdout.write(to: lines, atomically: true, encoding: .utf8)
        let rank = try CommandRunner.run(["rank", lines.path, "--format", "jsonl"])
        return rank.stdout.split(separator: "\n").map(String.init)
    }

    func testARerunScoresOnlyNewOrChangedFiles() throws {
        let first = try batch()
        XCTAssertEqual(first.status, 65, "the empty file failed: \(first.stderr)")
        XCTAssertFalse(first.stderr.contains("unchanged"), first.stderr)
        XCTAssertEqual(try ranked(), try cleanRun())

        let second = try batch()
        XCTAssertEqual(second.status, 65, second.stderr)
        XCTAssertTrue(second.stderr.contains("7 of 7 files unchanged"), second.stderr)
        XCTAssertEqual(second.stdout, first.stdout, "the output is the same, from the store")

        let weak = applicants.appendingPathComponent("2-weak.txt")
        let text = try String(contentsOf: weak, encoding: .utf8)
        try (text + "\nPROJECTS\n- Trained PyTorch models in Python with scikit-learn and pandas\n")
            .write(to: weak, atomically: true, encoding: .utf8)
        try "Plain text resume\n".write(
            to: applicants.appendingPathComponent("8-new.txt"), atomically: true, encoding: .utf8)
        let third = try batch()
        XCTAssertTrue(third.stderr.contains("6 of 8 files unchanged"), third.stderr)
        XCTAssertEqual(try ranked(), try cleanRun(), "the changed file's new result is stored")
        XCTAssertEqual(try ranked().count, 8)

        let forced = try batch(["--rescore"])
        XCTAssertFalse(forced.stderr.contains("unchanged"), forced.stderr)
        XCTAssertEqual(try ranked().count, 8, "each file once")
    }

    func testAChangedRulePackRescoresEveryFile() throws {
        _ = try batch()
        let rules = folder.appendingPathComponent("rules/roles")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        let role = try String(
            contentsOf: CommandRunner.packageRoot.appendingPathComponent(
                "Rules/roles/ml-engineer-intern.yaml"), encoding: .utf8)
        try role.replacingOccurrences(of: "version: ", with: "version: 9")
            .write(
                to: rules.appendingPathComponent("ml-engineer-intern.yaml"), atomically: true,
                encoding: .utf8)
        let changed = try batch(["--rules", folder.appendingPathComponent("rules").path])
        XCTAssertEqual(changed.status, 65, changed.stderr)
        XCTAssertFalse(changed.stderr.contains("unchanged"), "all rescored: \(changed.stderr)")
        let again = try batch(["--rules", folder.appendingPathComponent("rules").path])
        XCTAssertTrue(again.stderr.contains("7 of 7 files unchanged"), again.stderr)
        XCTAssertEqual(try ranked().count, 7)
    }

    func testAKilledBatchResumesToTheResultsOfACleanRun() throws {
        // One worker, files in order; the fourth hangs, so three results are in the store when it is killed.
        let process = try start(
            "killed.csv", environment: ["SKILLGAP_TEST_WORKER_HANG_ON": "4-resume"])
        let deadline = Date().addingTimeInterval(60)
        var stored = 0
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.2)
            if FileManager.default.fileExists(atPath: store) {
                let rank = try CommandRunner.run(["rank", "--db", store, "--format", "jsonl"])
                stored = rank.stdout.split(separator: "\n").count
                if stored >= 3 { break }
            }
        }
        XCTAssertEqual(stored, 3, "three files scored before the hang")
        let children =
            (try? String(
                contentsOfFile:
                    "/proc/\(process.processIdentifier)/task/\(process.processIdentifier)/children",
                encoding: .utf8)) ?? ""
        kill(process.processIdentifier, SIGKILL)
        for child in children.split(separator: " ").compactMap({ Int32($0) }) {
            kill(child, SIGKILL)
        }
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)

        let resumed = try batch()
        XCTAssertTrue(resumed.stderr.contains("3 of 7 files unchanged"), resumed.stderr)
        XCTAssertEqual(try ranked(), try cleanRun(), "every file once, equal to a clean run")
    }

    func testTwoBatchesCanShareOneStore() throws {
        let first = try start("a.csv")
        let second = try batch(["-q"])
        first.waitUntilExit()
        XCTAssertEqual(first.terminationStatus, 65, "the empty file failed, nothing else")
        XCTAssertEqual(second.status, 65, second.stderr)
        XCTAssertFalse(second.stderr.contains("busy"), second.stderr)
        XCTAssertEqual(try ranked(), try cleanRun(), "every file once")
    }

    func testAStoreInsideTheApplicantsFolderIsNoApplicant() throws {
        let inside = applicants.appendingPathComponent("results.db").path
        for _ in 0..<2 {
            let run = try CommandRunner.run(
                ["batch", applicants.path, "--db", inside, "--format", "jsonl", "-q"])
            XCTAssertEqual(run.status, 65, "only the empty file failed: \(run.stderr)")
            XCTAssertFalse(run.stdout.contains("results.db"), run.stdout)
            XCTAssertEqual(run.stdout.split(separator: "\n").count, 7)
        }
    }

    func testAFileThatIsNotAStoreIsRefusedBeforeAnyWork() throws {
        let notes = folder.appendingPathComponent("notes.txt")
        try String(repeating: "my notes\n", count: 200).write(
            to: notes, atomically: true, encoding: .utf8)
        let refused = try CommandRunner.run(["batch", applicants.path, "--db", notes.path, "-q"])
        XCTAssertEqual(refused.status, 65)
        XCTAssertTrue(
            refused.stderr.contains("notes.txt: error: not a skillgap results store"),
            refused.stderr)
        XCTAssertEqual(refused.stdout, "", "no ranking")
        let usage = try CommandRunner.run(["batch", applicants.path, "--rescore"])
        XCTAssertEqual(usage.status, 64, usage.stderr)
        let rank = try CommandRunner.run(["rank", "--db", notes.path])
        XCTAssertEqual(rank.status, 65, rank.stderr)
    }
}
