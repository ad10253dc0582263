import Foundation
import XCTest

/// `check --format html`: one self-contained page that loads and runs nothing, whatever the resume holds.
final class HTMLReportTests: XCTestCase {
    func testAHostileResumeRunsNothingAndLoadsNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skillgap-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // The file name holds markup too.
        let file = folder.appendingPathComponent("cv<script>alert(1)<\\script>.txt")
        try """
        Jane <img src=x onerror=alert(1)> Doe
        jane@example.com

        EXPERIENCE
        - Trained PyTorch models in Python <script>alert(2)</script> on 40k images, reaching 91% accuracy
        - Built <svg onload=alert(3)> dashboards with SQL and a <a href="javascript:alert(4)">link</a>
        - Styled </style><style>body{background:url(https://evil.example/x.png)}</style> reports with pandas
        - <iframe src="https://evil.example"></iframe> Deployed models with Docker

        SKILLS
        Python, PyTorch, SQL, Docker, <b onmouseover=alert(5)>Git</b>
        """.write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["check", file.path, "--format", "html"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let page = result.stdout
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(
            page.contains("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'"))
        for raw in ["<script", "<img", "<svg onload", "<iframe", "<a ", "<b ", "</style><style>"] {
            XCTAssertFalse(page.contains(raw), "the page holds \(raw) unescaped")
        }
        // Inside a real tag (text between < and >), never an event handler, a link or a source.
        for pattern in [#"<[a-zA-Z][^>]*\son\w+="#, #"<[a-zA-Z][^>]*\s(href|src)="#] {
            XCTAssertNil(
                page.range(of: pattern, options: .regularExpression), "a tag matches \(pattern)")
        }
        let style = try XCTUnwrap(
            page.components(separatedBy: "<style>").last?.components(
                separatedBy: "</style>"
            ).first)
        XCTAssertFalse(style.contains("evil"), "no CSS from the resume in the style sheet")
        XCTAssertTrue(page.contains("&lt;script&gt;"), "the resume's markup is shown as text")
        XCTAssertTrue(page.contains("PyTorch"))
        XCTAssertEqual(
            page.components(separatedBy: "<style>").count, 2, "one style sheet, the page's own")
    }
}
