import Foundation
import XCTest

final class ExtractCommandTests: XCTestCase {
    func testTextOutputShowsSectionsWithPageAndLine() throws {
        let result = try CommandRunner.run(["extract", CommandRunner.fixture("pdf/one-column.pdf")])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("pdf, 2 pages"))
        XCTAssertTrue(
            result.stdout.contains(
                "contact: Julia Chen · julia.chen@example.com · +1 (555) 123-4567"))
        XCTAssertTrue(result.stdout.contains("[experience]"))
        XCTAssertTrue(
            result.stdout.contains("p2:2      Languages: Python, R, SQL, Julia"), result.stdout)
    }

    func testJSONOutputIsTheDocumentedContract() throws {
        let result = try CommandRunner.run([
            "extract", "--format", "json", CommandRunner.fixture("pdf/two-column.pdf"),
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(
            Set(json.keys),
            [
                "schemaVersion", "file", "format", "pages", "blocks", "contact", "links",
                "sections", "diagnostics",
            ])
        XCTAssertEqual(json["schemaVersion"] as? Int, 1)
        XCTAssertEqual(json["format"] as? String, "pdf")
        let blocks = try XCTUnwrap(json["blocks"] as? [[String: Any]])
        let first = try XCTUnwrap(blocks.first)
        XCTAssertEqual(Set(first.keys), ["kind", "section", "page", "line", "text", "font"])
        let font = try XCTUnwrap(first["font"] as? [String: Any])
        XCTAssertNotNil(font["size"] as? Double)
        XCTAssertNotNil(font["bold"] as? Bool)
        let contact = try XCTUnwrap(json["contact"] as? [String: Any])
        XCTAssertEqual(contact["name"] as? String, "Ravi Kumar")
        let diagnostics = try XCTUnwrap(json["diagnostics"] as? [String: Any])
        XCTAssertEqual(diagnostics["layout"] as? String, "two columns")
        XCTAssertNotNil(diagnostics["words"] as? Int)
        XCTAssertNotNil(diagnostics["hiddenText"] as? [String: Any])
        XCTAssertNotNil(diagnostics["warnings"] as? [String])
    }

    func testFilesThatCannotBeAnalyzedExit65WithTheFileNamed() throws {
        let cases = [
            "pdf/encrypted.pdf": "encrypted",
            "pdf/image-only.pdf": "no text layer",
            "pdf/truncated.pdf": "damaged",
            "docx/zip-bomb.docx": "zip bomb",
            "docx/not-a-zip.docx": "named .docx but holds plain text",
            "text/binary.txt": "not text",
            "text/empty.txt": "empty",
            "jsonresume/empty.json": "no content",
            "jsonresume/invalid.json": "line 4, column 29",
            "jsonresume/not-resume.json": "not a format skillgap reads",
        ]
        for (path, phrase) in cases {
            let file = CommandRunner.fixture(path)
            let result = try CommandRunner.run(["extract", file])
            XCTAssertEqual(result.status, 65, "\(path): \(result.stderr)")
            XCTAssertTrue(
                result.stderr.contains(file), "the error names the file: \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(phrase), "\(path): \(result.stderr)")
            XCTAssertEqual(result.stdout, "")
        }
    }

    func testMissingFileExits66() throws {
        let result = try CommandRunner.run(["extract", "/nonexistent/resume.pdf"])
        XCTAssertEqual(result.status, 66)
        XCTAssertTrue(
            result.stderr.contains(
                "/nonexistent/resume.pdf: error: cannot read the file (no such file)"))
    }

    func testFolderIsNotAFileExits66() throws {
        let result = try CommandRunner.run(["extract", CommandRunner.fixture("pdf")])
        XCTAssertEqual(result.status, 66)
        XCTAssertTrue(
            result.stderr.contains("skillgap batch"), "the error says what to do: \(result.stderr)")
    }

    func testEveryFormatIsReadFromItsContent() throws {
        let expected = [
            "docx/resume.docx": "docx", "html/resume.html": "html", "text/resume.txt": "text",
            "markdown/resume.md": "markdown", "jsonresume/resume.json": "json-resume",
            "pdf/one-column.pdf": "pdf",
        ]
        for (path, format) in expected {
            let result = try CommandRunner.run([
                "extract", "--format", "json", CommandRunner.fixture(path),
            ])
            XCTAssertEqual(result.status, 0, "\(path): \(result.stderr)")
            let json = try XCTUnwrap(
                JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            XCTAssertEqual(json["format"] as? String, format, path)
        }
    }

    func testUsageErrorsExit64() throws {
        XCTAssertEqual(try CommandRunner.run(["extract"]).status, 64)
        XCTAssertEqual(try CommandRunner.run(["extract", "--format", "xml", "x.pdf"]).status, 64)
    }

    func testSizeLimitIsAClearError() throws {
        let result = try CommandRunner.run([
            "extract", "--max-size", "1", CommandRunner.fixture("docx/zip-bomb.docx"),
        ])
        XCTAssertEqual(result.status, 65, result.stderr)
        XCTAssertTrue(result.stderr.contains("zip bomb"), result.stderr)
    }

    func testExtractUsesTheRulesHeadings() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skillgap-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("sections"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A headings file that knows "Things I Made" as the projects heading.
        try """
        sections:
          - section: projects
            headings: [things i made]
          - section: skills
            headings: [skills]
        """.write(
            to: folder.appendingPathComponent("sections/headings.yaml"), atomically: true,
            encoding: .utf8)
        let resume = folder.appendingPathComponent("cv.txt")
        try "Jane Doe\n\nTHINGS I MADE\n\nA PyTorch image classifier for birds\n".write(
            to: resume, atomically: true, encoding: .utf8)
        let plain = try CommandRunner.run(["extract", resume.path])
        XCTAssertFalse(plain.stdout.contains("[projects]"), plain.stdout)
        let withRules = try CommandRunner.run(["extract", resume.path, "--rules", folder.path])
        XCTAssertEqual(withRules.status, 0, withRules.stderr)
        XCTAssertTrue(withRules.stdout.contains("[projects]"), withRules.stdout)
    }
}
