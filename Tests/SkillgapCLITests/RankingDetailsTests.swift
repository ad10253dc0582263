import Foundation
import XCTest

/// The ranking as a recruiter reads it: ties share a rank, the Markdown shows paths below the input folder,
/// requirement titles and links to the reports, and `rank` merges shards in every format, once each.
final class RankingDetailsTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skillgap-ranking-\(UUID().uuidString)")
        let input = folder.appendingPathComponent("applicants/round 1")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for (source, target) in [
            ("check/strong.md", "a-strong.md"), ("check/strong.md", "b-strong-copy.md"),
            ("check/weak.txt", "c-weak.txt"),
        ] {
            try FileManager.default.copyItem(
                atPath: CommandRunner.fixture(source),
                toPath: input.appendingPathComponent(target).path)
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testTiesShareARankAndMarkdownLinksReports() throws {
        let applicants = folder.appendingPathComponent("applicants").path
        let csv = try CommandRunner.run(["batch", applicants, "-q"])
        let ranks = csv.stdout.split(separator: "\n").dropFirst().map {
            $0.split(separator: ",")[0]
        }
        XCTAssertEqual(ranks, ["1", "1", "3"], "two equal resumes share rank 1; the next is 3")
        let ranking = folder.appendingPathComponent("out/ranking.md")
        try FileManager.default.createDirectory(
            at: ranking.deletingLastPathComponent(), withIntermediateDirectories: true)
        let markdown = try CommandRunner.run([
            "batch", applicants, "--format", "markdown", "-o", ranking.path, "--reports",
            folder.appendingPathComponent("reports").path, "-q",
        ])
        XCTAssertEqual(markdown.status, 0, markdown.stderr)
        let text = try String(contentsOf: ranking, encoding: .utf8)
        XCTAssertFalse(text.contains(folder.path), "paths are shown below the input folder")
        XCTAssertTrue(text.contains("[round 1/a-strong.md](../reports/"), text)
        XCTAssertTrue(text.contains("ties: equal scores are ordered by must-haves met"))
        let reportsFolder = folder.appendingPathComponent("reports").path
        for name in try FileManager.default.contentsOfDirectory(atPath: reportsFolder) {
            XCTAssertTrue(text.contains(name.replacingOccurrences(of: " ", with: "%20")), name)
        }
    }

    func testRankMergesShardsInEveryFormatOnceEach() throws {
        let applicants = folder.appendingPathComponent("applicants").path
        let one = folder.appendingPathComponent("part-1.jsonl").path
        let two = folder.appendingPathComponent("part-2.jsonl").path
        for (shard, path) in [("1/2", one), ("2/2", two)] {
            let result = try CommandRunner.run([
                "batch", applicants, "--shard", shard, "--format", "jsonl", "-o", path, "-q",
            ])
            XCTAssertEqual(result.status, 0, result.stderr)
        }
        for format in ["csv", "markdown", "jsonl", "json"] {
            let merged = try CommandRunner.run(["rank", one, two, "--format", format])
            XCTAssertEqual(merged.status, 0, "\(format): \(merged.stderr)")
        }
        let jsonl = try CommandRunner.run(["rank", one, two, "--format", "jsonl"])
        XCTAssertEqual(jsonl.stdout.split(separator: "\n").count, 3)
        let json = try CommandRunner.run(["rank", one, two, "--format", "json"])
        let array = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [Any]
        XCTAssertEqual(array?.count, 3)
        let twice = try CommandRunner.run(["rank", one, one])
        XCTAssertEqual(twice.status, 64, "the same shard twice is refused")
        let stdin = try CommandRunner.run(
            ["rank", "-", two], stdin: try Data(contentsOf: URL(fileURLWithPath: one)))
        XCTAssertEqual(stdin.status, 0, stdin.stderr)
        XCTAssertEqual(stdin.stdout.split(separator: "\n").count, 4, "a header and three rows")
        let overlap = try CommandRunner.run(
            ["rank", "-", one], stdin: try Data(contentsOf: URL(fileURLWithPath: one)))
        XCTAssertEqual(
            overlap.stdout.split(separator: "\n").count,
            1 + (try String(contentsOfFile: one, encoding: .utf8)).split(separator: "\n").count,
            "a file in two shards is ranked once")
        XCTAssertTrue(overlap.stderr.contains("ranked once"))
    }
}
