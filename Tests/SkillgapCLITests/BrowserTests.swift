import Foundation
import XCTest

/// The HTML report loaded in a real browser (Debian's Chromium, headless): the DOM holds the report, the console
/// stays silent (no error, no blocked request), and a hostile resume adds no element. A screenshot is written
/// for a person to look at.
final class BrowserTests: XCTestCase {
    private static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    private var folder: URL!

    override func setUpWithError() throws {
        guard Self.chromium != nil else {
            throw XCTSkip(
                "Chromium is not installed (apt-get install chromium); .ci/run installs it")
        }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skillgap-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    /// Runs headless Chromium on `page` with `arguments`; its output and its log (console messages included).
    private func chromium(_ page: URL, _ arguments: [String]) throws -> (out: String, log: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.chromium!)
        process.arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--enable-logging=stderr",
                "--log-level=0", "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
            ] + arguments + [page.absoluteString]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let log = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: output, as: UTF8.self), String(decoding: log, as: UTF8.self))
    }

    private func report(of resume: String) throws -> URL {
        let result = try CommandRunner.run(["check", resume, "--format", "html"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let page = folder.appendingPathComponent("report.html")
        try result.stdout.write(to: page, atomically: true, encoding: .utf8)
        return page
    }

    func testTheReportLoadsWithASilentConsoleAndIsPictured() throws {
        let page = try report(of: CommandRunner.fixture("check/strong.md"))
        let (dom, log) = try chromium(page, ["--virtual-time-budget=2000", "--dump-dom"])
        XCTAssertTrue(dom.contains("96/100"), dom)
        XCTAssertEqual(
            dom.components(separatedBy: "<tr>").count - 1, 16, "a header and 15 requirements")
        XCTAssertEqual(dom.components(separatedBy: "<svg").count - 1, 15, "a coverage bar each")
        let console = log.split(separator: "\n").filter {
            $0.contains("CONSOLE") || $0.contains("Refused") || $0.contains("net::ERR")
        }
        XCTAssertEqual(console, [], "no console message and no request attempted")
        let shot = folder.appendingPathComponent("check-report.png")
        _ = try chromium(
            page, ["--hide-scrollbars", "--window-size=1200,1600", "--screenshot=\(shot.path)"])
        let size = try FileManager.default.attributesOfItem(atPath: shot.path)[.size] as? Int ?? 0
        XCTAssertGreaterThan(size, 10_000, "a screenshot with something on it")
    }

    func testAHostileResumeAddsNoElementInTheBrowser() throws {
        let resume = folder.appendingPathComponent("hostile.txt")
        try """
        Jane Doe
        EXPERIENCE
        - Trained PyTorch models in Python <script>document.title='owned'</script> on 40k images
        - <img src=x onerror="document.title='owned'"> Built SQL reports
        - <svg onload="document.title='owned'"></svg> Deployed Docker images
        SKILLS
        Python, PyTorch, SQL
        """.write(to: resume, atomically: true, encoding: .utf8)
        let page = try report(of: resume.path)
        let (dom, log) = try chromium(page, ["--virtual-time-budget=2000", "--dump-dom"])
        XCTAssertFalse(dom.contains("owned</title>"), "no script of the resume ran")
        XCTAssertFalse(dom.contains("<img"), "no element of the resume was created")
        XCTAssertFalse(dom.contains("<script"))
        XCTAssertTrue(dom.contains("&lt;script&gt;"), "the resume's markup is shown as text")
        XCTAssertFalse(log.contains("Refused"), "nothing was even attempted")
    }

    func testTheRankingPageListsEveryFileWithASilentConsole() throws {
        let input = folder.appendingPathComponent("applicants")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for name in ["strong.md", "weak.txt", "non-technical.txt"] {
            try FileManager.default.copyItem(
                atPath: CommandRunner.fixture("check/\(name)"),
                toPath: input.appendingPathComponent(name).path)
        }
        // A file name that holds markup is shown as text.
        try FileManager.default.copyItem(
            atPath: CommandRunner.fixture("check/weak.txt"),
            toPath: input.appendingPathComponent("<img src=x onerror=alert(1)>.txt").path)
        let page = folder.appendingPathComponent("ranking.html")
        let batch = try CommandRunner.run([
            "batch", input.path, "--format", "html", "-o", page.path, "--reports",
            folder.appendingPathComponent("reports").path, "-q",
        ])
        XCTAssertEqual(batch.status, 0, batch.stderr)
        let (dom, log) = try chromium(page, ["--virtual-time-budget=2000", "--dump-dom"])
        XCTAssertEqual(dom.components(separatedBy: "<tr>").count - 1, 5, "a header and four files")
        XCTAssertFalse(dom.contains("<img"), "the file name made no element")
        XCTAssertTrue(dom.contains("strong.md</a>"), "each file links to its report")
        let console = log.split(separator: "\n").filter {
            $0.contains("CONSOLE") || $0.contains("Refused") || $0.contains("net::ERR")
        }
        XCTAssertEqual(console, [], "no console message and no request attempted")
    }
}
