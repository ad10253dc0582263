import Foundation
import XCTest

/// `skillgap posting`, `check --job` and `batch --job` as a user runs them.
final class PostingCommandTests: XCTestCase {
    private func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func ids(_ list: Any?) -> [String] {
        (list as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    func testPostingJSONCarriesTheContract() throws {
        let result = try CommandRunner.run([
            "posting", "Fixtures/postings/ml-intern.md", "--format", "json",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try json(result.stdout)
        XCTAssertEqual(object["schemaVersion"] as? Int, 1)
        XCTAssertEqual(object["title"] as? String, "Machine Learning Engineer Intern")
        XCTAssertEqual(object["seniority"] as? String, "intern")
        let skills = try XCTUnwrap(object["skills"] as? [String: Any])
        XCTAssertTrue(Set(ids(skills["required"])).isSuperset(of: ["python", "numpy", "pandas"]))
        XCTAssertTrue(ids(skills["preferred"]).contains("docker"))
        XCTAssertTrue((object["experience"] as? [String: Any])?["minYears"] is NSNull)
        XCTAssertEqual((object["education"] as? [String: Any])?["level"] as? String, "bachelor")
        let requirements = try XCTUnwrap(object["requirements"] as? [[String: Any]])
        XCTAssertEqual(
            Set(requirements.compactMap { $0["kind"] as? String }),
            ["required", "preferred", "responsibility"])
        let orGroup = try XCTUnwrap(requirements.first { $0["line"] as? Int == 23 })
        XCTAssertEqual(orGroup["mode"] as? String, "any")
        XCTAssertTrue(object["warnings"] as? [String] == [])
    }

    func testPostingTextAndMarkdownShowEveryLineWithItsSkills() throws {
        let text = try CommandRunner.run(["posting", "Fixtures/postings/data-scientist.txt"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(
            text.stdout.contains("L22  3+ years of Python  → Python; 3+ years of Python"),
            text.stdout)
        XCTAssertTrue(text.stdout.contains("experience: 5+ years"), text.stdout)
        let markdown = try CommandRunner.run([
            "posting", "Fixtures/postings/saved-job-board.html", "--format", "markdown",
        ])
        XCTAssertEqual(markdown.status, 0, markdown.stderr)
        XCTAssertTrue(
            markdown.stdout.hasPrefix("# Data Engineer at Northgate Freight\n"), markdown.stdout)
        XCTAssertFalse(
            markdown.stdout.contains("Kubernetes") || markdown.stdout.contains("Similar jobs"),
            markdown.stdout)
    }

    func testCheckAgainstAPostingAddsTheMatch() throws {
        let result = try CommandRunner.run([
            "check", "Fixtures/check/strong.md", "--job", "Fixtures/postings/ml-intern.md",
            "--format", "json",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try json(result.stdout)
        let job = try XCTUnwrap(object["job"] as? [String: Any])
        XCTAssertEqual(job["title"] as? String, "Machine Learning Engineer Intern")
        XCTAssertEqual(job["matchScore"] as? Int, object["score"] as? Int)
        let required = try XCTUnwrap(job["required"] as? [String: Int])
        XCTAssertEqual(required["total"], 4)
        XCTAssertTrue((job["missingTerms"] as? [String] ?? []).contains("JavaScript"))
        XCTAssertEqual(((job["education"] as? [String: Any])?["ok"] as? Bool), true)
        let markdown = try CommandRunner.run([
            "check", "Fixtures/check/strong.md", "--job", "Fixtures/postings/ml-intern.md",
        ])
        XCTAssertTrue(markdown.stdout.contains("## Match with the posting"), markdown.stdout)
        XCTAssertTrue(
            markdown.stdout.contains(
                "| L23 “Experience with Python, Java or C++” | required | 10 | demonstrated |"),
            markdown.stdout)
    }

    func testCheckAgainstAFolderRanksItsPostings() throws {
        let result = try CommandRunner.run([
            "check", "Fixtures/check/strong.md", "--job", "Fixtures/postings", "--format", "json",
        ])
        // The folder holds the hostile postings too: they are told and the exit code says so.
        XCTAssertEqual(result.status, 65, result.stderr)
        let object = try json(result.stdout)
        let postings = try XCTUnwrap(object["postings"] as? [[String: Any]])
        XCTAssertGreaterThanOrEqual(postings.count, 5)
        let scores = postings.compactMap { $0["matchScore"] as? Int }
        XCTAssertEqual(scores, scores.sorted(by: >), "best match first")
    }

    func testBatchAgainstAPostingAddsRequiredMetAndYears() throws {
        let result = try CommandRunner.run([
            "batch", "Fixtures/check", "--job", "Fixtures/postings/ml-intern.md", "-q",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertTrue(lines[0].hasSuffix(",required_met,preferred_met,years"), String(lines[0]))
        XCTAssertEqual(lines.count, 4)
        XCTAssertTrue(
            lines[1].contains("strong.md") && lines[1].contains(",3/4,")
                || lines[1].contains(",4/4,"), String(lines[1]))
        let jsonl = try CommandRunner.run([
            "batch", "Fixtures/check", "--job", "Fixtures/postings/ml-intern.md", "-q", "--format",
            "jsonl",
        ])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skillgap-rank-\(UUID().uuidString).jsonl")
        try jsonl.stdout.write(to: folder, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: folder) }
        let ranked = try CommandRunner.run(["rank", folder.path])
        XCTAssertEqual(
            ranked.stdout.split(separator: "\n").first.map(String.init), String(lines[0]),
            "rank keeps the job columns")
    }

    func testAResumeGivenAsThePostingIsRefused() throws {
        for arguments in [
            ["posting", "Fixtures/postings/hostile/resume-not-posting.md"],
            [
                "check", "Fixtures/check/strong.md", "--job",
                "Fixtures/postings/hostile/resume-not-posting.md",
            ],
            [
                "batch", "Fixtures/check", "--job",
                "Fixtures/postings/hostile/resume-not-posting.md", "-q",
            ],
        ] {
            let result = try CommandRunner.run(arguments)
            XCTAssertEqual(result.status, 65, "\(arguments[0]): \(result.stderr)")
            XCTAssertTrue(
                result.stderr.contains("resume-not-posting.md: error: the file reads as a resume"),
                result.stderr)
        }
    }

    func testAPostingWithNoRequirementsGivesNoMatchScore() throws {
        let result = try CommandRunner.run([
            "check", "Fixtures/check/strong.md", "--job",
            "Fixtures/postings/hostile/scripts-and-nav.html", "--format", "json",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try json(result.stdout)
        XCTAssertTrue(object["score"] is NSNull)
        XCTAssertTrue(
            (object["scoreReason"] as? String ?? "").contains(
                "asks for nothing that can be matched"))
    }

    func testAHugePostingIsCutWithAWarning() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skillgap-posting-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("huge.md").path
        let body =
            "# Data Engineer\n\n## Requirements\n\n- Experience with Python and SQL\n\n## About us\n\n"
            + String(
                repeating: "We move freight across the continent every single day of the year.\n",
                count: 80_000)
        try body.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["posting", path, "--format", "json"], timeout: 60)
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try json(result.stdout)
        XCTAssertTrue(
            (object["warnings"] as? [String] ?? []).contains {
                $0.contains("characters were analyzed")
            })
        XCTAssertTrue(ids((object["skills"] as? [String: Any])?["required"]).contains("python"))
    }
}
