import Foundation
import XCTest

/// Every case of `Fixtures/hostile/expected.tsv` (made by `Fixtures/hostile/generate.py`) has the outcome the
/// table gives: the exit code and a phrase of the error.
final class HostileCorpusTests: XCTestCase {
    private struct Case {
        var file: String
        var command: [String]
        var status: Int32
        var phrase: String
    }

    private func cases() throws -> [Case] {
        let table = try String(
            contentsOfFile: CommandRunner.fixture("hostile/expected.tsv"), encoding: .utf8)
        return table.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(
                String.init)
            guard fields.count >= 3, let status = Int32(fields[2]) else { return nil }
            return Case(
                file: fields[0], command: fields[1].split(separator: " ").map(String.init),
                status: status,
                phrase: fields.count > 3 ? fields[3] : "")
        }
    }

    func testEveryHostileCaseHasItsExpectedOutcome() throws {
        let all = try cases()
        XCTAssertGreaterThanOrEqual(all.count, 20)
        for hostile in all {
            let path = "Fixtures/hostile/\(hostile.file)"
            let start = Date()
            let result = try CommandRunner.run(hostile.command + [path], timeout: 60)
            XCTAssertEqual(result.status, hostile.status, "\(hostile.file): \(result.stderr)")
            if !hostile.phrase.isEmpty {
                XCTAssertTrue(
                    result.stderr.contains(hostile.phrase), "\(hostile.file): \(result.stderr)")
            }
            XCTAssertLessThan(
                Date().timeIntervalSince(start), 30, "\(hostile.file) must finish in bounded time")
        }
    }

    func testABatchOverHostileAndGoodFilesScoresEveryGoodFile() throws {
        let result = try CommandRunner.run(
            ["batch", "Fixtures/hostile", "Fixtures/check", "Fixtures/docx", "-q"], timeout: 300)
        XCTAssertEqual(result.status, 65, "bad files make the batch exit 65 at the end")
        let rows = result.stdout.split(separator: "\n").dropFirst()
        // Nothing is lost: every file in the three folders is a row, scored or failed with its reason.
        let files = try ["hostile", "check", "docx"].flatMap {
            try FileManager.default.contentsOfDirectory(atPath: CommandRunner.fixture($0)).filter {
                !$0.hasPrefix(".")
            }
        }
        XCTAssertEqual(rows.count, files.count, result.stdout)
        XCTAssertTrue(rows.contains { $0.contains("Fixtures/check/strong.md,Aiko Tanaka,96,") })
        XCTAssertTrue(
            rows.contains {
                $0.contains("Fixtures/check/weak.txt,Sam Rivera,") && $0.contains(",scored,")
            })
        XCTAssertTrue(
            rows.contains {
                $0.contains("Fixtures/docx/resume.docx,Priya Patel,") && $0.contains(",scored,")
            })
        for bad in [
            "all-hidden.pdf", "truncated.pdf", "nul-bytes.txt", "deep.json", "zip-bomb.docx",
            "not-a-zip.docx",
        ] {
            XCTAssertTrue(
                rows.contains { $0.contains(bad) && $0.contains(",failed,") },
                "\(bad) is a failed row with its reason")
        }
        XCTAssertFalse(rows.contains { $0.contains("crashed") || $0.contains("took longer") })
    }
}
