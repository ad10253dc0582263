import Foundation
import XCTest

/// `skillgap check` as a user runs it: golden reports, exit codes, escaping.
final class CheckCommandTests: XCTestCase {
    private static let goldenCases = [
        "strong": "check/strong.md", "weak": "check/weak.txt",
        "non-technical": "check/non-technical.txt",
    ]

    /// Compares with `Fixtures/golden/NAME.EXT`; `SKILLGAP_UPDATE_GOLDEN=1 swift test` rewrites the goldens on purpose.
    private func assertGolden(
        _ name: String, _ actual: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let url = CommandRunner.packageRoot.appendingPathComponent("Fixtures/golden/\(name)")
        if ProcessInfo.processInfo.environment["SKILLGAP_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(
            actual, expected,
            "\(name) differs from its golden file; if the change is intended, rerun with SKILLGAP_UPDATE_GOLDEN=1",
            file: file, line: line)
    }

    func testGoldenMarkdownAndJSONReports() throws {
        for (name, fixture) in Self.goldenCases {
            for format in ["markdown", "json"] {
                let result = try CommandRunner.run([
                    "check", "Fixtures/\(fixture)", "--format", format,
                ])
                XCTAssertEqual(result.status, 0, "\(name): \(result.stderr)")
                try assertGolden("\(name).\(format == "markdown" ? "md" : "json")", result.stdout)
            }
        }
    }

    func testGoldenReportsAgainstAJobPosting() throws {
        for format in ["markdown", "json"] {
            let result = try CommandRunner.run([
                "check", "Fixtures/check/strong.md", "--job", "Fixtures/postings/ml-intern.md",
                "--format", format,
            ])
            XCTAssertEqual(result.status, 0, result.stderr)
            try assertGolden(
                "strong-vs-ml-intern.\(format == "markdown" ? "md" : "json")", result.stdout)
        }
    }

    func testScoresRankTheResumesAsAnAdviserWould() throws {
        func score(_ fixture: String) throws -> Int? {
            let result = try CommandRunner.run(["check", "Fixtures/\(fixture)", "--format", "json"])
            let json = try XCTUnwrap(
                JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            return json["score"] as? Int
        }
        let strong = try XCTUnwrap(score("check/strong.md"))
        let weak = try XCTUnwrap(score("check/weak.txt"))
        let nonTechnical = try XCTUnwrap(score("check/non-technical.txt"))
        XCTAssertGreaterThanOrEqual(strong, 80)
        XCTAssertLessThan(weak, 30)
        XCTAssertLessThan(nonTechnical, weak)
    }

    func testJSONContract() throws {
        let result = try CommandRunner.run([
            "check", "Fixtures/check/strong.md", "--format", "json",
        ])
        let json = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in [
            "schemaVersion", "file", "format", "role", "score", "requirements", "skills",
            "findings", "extraction",
        ] {
            XCTAssertNotNil(json[key], key)
        }
        XCTAssertEqual(json["schemaVersion"] as? Int, 1)
        XCTAssertEqual((json["role"] as? [String: Any])?["id"] as? String, "ml-engineer-intern")
        let requirement = try XCTUnwrap((json["requirements"] as? [[String: Any]])?.first)
        XCTAssertEqual(
            Set(requirement.keys), ["id", "title", "level", "weight", "status", "coverage"])
        let skills = try XCTUnwrap(json["skills"] as? [[String: Any]])
        XCTAssertTrue(
            skills.contains {
                $0["id"] as? String == "julia" && $0["status"] as? String == "missing"
                    && $0["inRole"] as? Bool == true
            },
            "every role skill is listed, found or missing")
        XCTAssertTrue(
            skills.contains { $0["inRole"] as? Bool == false },
            "other taxonomy skills found are listed too")
        let evidence = try XCTUnwrap(
            skills.first { $0["id"] as? String == "pytorch" }?["evidence"] as? [[String: Any]])
        XCTAssertEqual(
            Set(try XCTUnwrap(evidence.first).keys),
            ["section", "page", "line", "text", "via", "matched"])
        XCTAssertEqual(evidence.first?["via"] as? String, "name")
        XCTAssertEqual(
            evidence.first?["matched"] as? String, "PyTorch", "the exact text that matched")
        let collaboration = try XCTUnwrap(
            skills.first { $0["id"] as? String == "collaboration" }?["evidence"] as? [[String: Any]]
        )
        XCTAssertEqual(
            collaboration.first?["via"] as? String, "behaviour", "\"Collaborated with\" shows it")
    }

    func testFailUnderExitsOneBelowTheThreshold() throws {
        XCTAssertEqual(
            try CommandRunner.run(["check", "Fixtures/check/weak.txt", "--fail-under", "50"])
                .status, 1)
        XCTAssertEqual(
            try CommandRunner.run(["check", "Fixtures/check/strong.md", "--fail-under", "50"])
                .status, 0)
        XCTAssertEqual(
            try CommandRunner.run(["check", "Fixtures/check/strong.md", "--fail-under", "101"])
                .status, 64)
    }

    func testErrorsNameTheFileAndUseSysexits() throws {
        let encrypted = try CommandRunner.run(["check", "Fixtures/pdf/encrypted.pdf"])
        XCTAssertEqual(encrypted.status, 65)
        XCTAssertTrue(
            encrypted.stderr.contains("Fixtures/pdf/encrypted.pdf: error: the PDF is encrypted"))
        XCTAssertEqual(try CommandRunner.run(["check", "missing.pdf"]).status, 66)
        let role = try CommandRunner.run([
            "check", "Fixtures/check/strong.md", "--role", "astronaut",
        ])
        XCTAssertEqual(role.status, 64)
        XCTAssertTrue(role.stderr.contains("unknown role 'astronaut'"))
    }

    func testBrokenRulePackExits78WithThePosition() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skillgap-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("roles"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
        id: tiny
        title: Tiny
        version: "1"
        requirements:
          - id: lang
            title: A language
            level: must
            wieght: 10
            any: [python]
            advice: Learn Python.
        """.write(
            to: folder.appendingPathComponent("roles/tiny.yaml"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run([
            "check", "Fixtures/check/strong.md", "--rules", folder.path,
        ])
        XCTAssertEqual(result.status, 78)
        XCTAssertTrue(
            result.stderr.contains(
                "roles/tiny.yaml:8:5: error: unknown key 'wieght' in a requirement"), result.stderr)
        XCTAssertTrue(result.stderr.contains("did you mean 'weight'?"))
        let validate = try CommandRunner.run(["rules", "validate", folder.path])
        XCTAssertEqual(validate.status, 78)
        XCTAssertEqual(try CommandRunner.run(["rules", "validate", "Rules"]).status, 0)
    }

    func testResumeTextCannotInjectMarkdown() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skillgap-inject-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let resume = folder.appendingPathComponent("evil.txt")
        try """
        Eve <script>alert(1)</script> Mallory
        eve@example.com

        SKILLS
        Python | [click me](https://evil.example) **bold** `code` ~~gone~~
        """.write(to: resume, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["check", resume.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(result.stdout.contains("<script>"))
        XCTAssertFalse(result.stdout.contains("[click me](https://evil.example)"))
        XCTAssertFalse(result.stdout.contains("| [click"))
        XCTAssertTrue(
            result.stdout.contains(
                "Python \\| \\[click me\\](https://evil.example) \\*\\*bold\\*\\* \\`code\\` \\~\\~gone\\~\\~"
            ), result.stdout)
    }

    func testOutputFileAndNeverOverTheInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skillgap-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("gap.md")
        XCTAssertEqual(
            try CommandRunner.run(["check", "Fixtures/check/strong.md", "-o", report.path]).status,
            0)
        XCTAssertTrue(
            try String(contentsOf: report, encoding: .utf8).hasPrefix(
                "# Aiko Tanaka: Machine Learning Engineer Intern gap report"))
        let copy = folder.appendingPathComponent("cv.md")
        try FileManager.default.copyItem(
            at: CommandRunner.packageRoot.appendingPathComponent("Fixtures/check/strong.md"),
            to: copy)
        let clobber = try CommandRunner.run(["check", copy.path, "-o", copy.path])
        XCTAssertEqual(clobber.status, 64)
        XCTAssertTrue(
            try String(contentsOf: copy, encoding: .utf8).hasPrefix("# Aiko Tanaka"),
            "the input is untouched")
    }

    func testOutputToADeviceWritesIntoItInsteadOfReplacingIt() throws {
        XCTAssertEqual(
            try CommandRunner.run(["check", "Fixtures/check/strong.md", "-o", "/dev/null"]).status,
            0)
        XCTAssertEqual(
            try CommandRunner.run(["batch", "Fixtures/check", "-q", "-o", "/dev/null"]).status, 0)
        let type =
            try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type]
            as? FileAttributeType
        XCTAssertEqual(type, .typeCharacterSpecial, "/dev/null is still a device")
    }

    func testTextFormatHasNoColourWhenPiped() throws {
        let result = try CommandRunner.run([
            "check", "Fixtures/check/strong.md", "--format", "text",
        ])
        XCTAssertTrue(
            result.stdout.hasPrefix("Aiko Tanaka · Machine Learning Engineer Intern\nscore "))
        XCTAssertFalse(result.stdout.contains("\u{1B}["))
    }
}
