import Foundation
import XCTest

/// The HTML report loaded in a real browser (Debian's Chromium, headless): the DOM holds the report, the console
/// stays silent (no error, no blocked request), and a hostile resume adds no element. Screenshots are written
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
        let result = try CommandRunner.run(
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--enable-logging=stderr",
                "--log-level=0", "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
            ] + arguments + [page.absoluteString],
            program: URL(fileURLWithPath: Self.chromium!))
        return (result.stdout, result.stderr)
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
        XCTAssertEqual(console(log), [], "no console message and no request attempted")
        try screenshot(page, named: "check-report.png", size: "1200,1600")
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

    /// Writes a screenshot of `page` into `.build/screenshots/` (kept after the test, for a person to look at)
    /// and checks that it has something on it.
    private func screenshot(_ page: URL, named name: String, size: String) throws {
        let shots = CommandRunner.packageRoot.appendingPathComponent(".build/screenshots")
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        let shot = shots.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: shot)
        _ = try chromium(
            page, ["--hide-scrollbars", "--window-size=\(size)", "--screenshot=\(shot.path)"])
        let bytes = try FileManager.default.attributesOfItem(atPath: shot.path)[.size] as? Int ?? 0
        XCTAssertGreaterThan(bytes, 10_000, "a screenshot with something on it: \(shot.path)")
    }

    /// The console lines that matter: messages, refusals by the policy, attempted requests.
    private func console(_ log: String) -> [Substring] {
        log.split(separator: "\n").filter {
            $0.contains("CONSOLE") || $0.contains("Refused") || $0.contains("net::ERR")
        }
    }

    /// A batch of the check fixtures, a file whose name holds markup and an empty file, as an HTML ranking.
    private func rankingPage() throws -> URL {
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
        try Data().write(to: input.appendingPathComponent("empty.txt"))
        let page = folder.appendingPathComponent("ranking.html")
        let batch = try CommandRunner.run([
            "batch", input.path, "--format", "html", "-o", page.path, "--reports",
            folder.appendingPathComponent("reports").path, "-q",
        ])
        XCTAssertEqual(batch.status, 65, "the empty file failed: \(batch.stderr)")
        return page
    }

    /// The rows of the ranking table in the DOM, each as its cells' texts.
    private func tableRows(_ dom: String) -> [[String]] {
        guard let body = dom.range(of: "<tbody>"), let end = dom.range(of: "</tbody>") else {
            return []
        }
        return dom[body.upperBound..<end.lowerBound].components(separatedBy: "</tr>").dropLast().map
        {
            row in
            row.components(separatedBy: "<td").dropFirst().map { cell in
                let text = cell.drop { $0 != ">" }.dropFirst()
                return String(text.prefix { $0 != "<" })
            }
        }
    }

    func testTheRankingPageListsEveryFileWithASilentConsole() throws {
        let page = try rankingPage()
        let (dom, log) = try chromium(page, ["--virtual-time-budget=2000", "--dump-dom"])
        XCTAssertEqual(tableRows(dom).count, 5, "five files")
        XCTAssertFalse(dom.contains("<img"), "the file name made no element")
        XCTAssertTrue(dom.contains("strong.md</a>"), "each file links to its report")
        XCTAssertEqual(
            dom.components(separatedBy: #"<th class="req""#).count - 1, 15,
            "a heatmap column per requirement")
        XCTAssertTrue(dom.contains("Showing 5 of 5 files."), "the script ran: \(dom)")
        XCTAssertEqual(console(log), [], "no console message and no request attempted")
        try screenshot(page, named: "batch-ranking.png", size: "1400,1000")
    }

    func testTheRankingSortsAndFiltersInTheBrowser() throws {
        let page = try rankingPage()
        func scores(_ fragment: String) throws -> [String] {
            var url = URLComponents(url: page, resolvingAgainstBaseURL: false)!
            url.fragment = fragment
            let (dom, log) = try chromium(
                url.url!, ["--virtual-time-budget=2000", "--dump-dom"])
            XCTAssertEqual(console(log), [], fragment)
            return tableRows(dom).map { $0[3] }
        }
        // Columns: rank, file, candidate, score...
        let ascending = try scores("sort=score&dir=asc")
        let numbers = ascending.compactMap { Int($0) }
        XCTAssertEqual(numbers, numbers.sorted(), "sorted by score, lowest first: \(ascending)")
        XCTAssertEqual(ascending.last, "–", "the failed file has no score and goes last")
        let descending = try scores("sort=score&dir=desc")
        XCTAssertEqual(descending.compactMap { Int($0) }, numbers.reversed())

        var url = URLComponents(url: page, resolvingAgainstBaseURL: false)!
        url.fragment = "status=failed"
        let (dom, _) = try chromium(url.url!, ["--virtual-time-budget=2000", "--dump-dom"])
        XCTAssertTrue(dom.contains("Showing 1 of 5 files."), dom)
        XCTAssertEqual(dom.components(separatedBy: "<tr data-status").count - 1, 5)
        XCTAssertEqual(
            dom.components(separatedBy: #"hidden="""#).count - 1, 4, "four rows hidden")
    }

    /// 10,000 rows: the page loads and sorts in the browser, and the figures are printed (a measurement, not a
    /// timed assertion: these machines are shared). The rows are one batch's JSON Lines repeated with other
    /// names and scores, merged by `rank`.
    func testTenThousandRowsLoadAndSort() throws {
        let input = folder.appendingPathComponent("few")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for name in ["strong.md", "weak.txt", "non-technical.txt"] {
            try FileManager.default.copyItem(
                atPath: CommandRunner.fixture("check/\(name)"),
                toPath: input.appendingPathComponent(name).path)
        }
        let batch = try CommandRunner.run(["batch", input.path, "--format", "jsonl", "-q"])
        XCTAssertEqual(batch.status, 0, batch.stderr)
        let lines = batch.stdout.split(separator: "\n")
        var many: [String] = []
        for index in 0..<10_000 {
            var object =
                try JSONSerialization.jsonObject(with: Data(lines[index % lines.count].utf8))
                as! [String: Any]
            object["file"] = "applicants/applicant-\(index).pdf"
            object["score"] = (index * 7919) % 101
            let data = try JSONSerialization.data(withJSONObject: object)
            many.append(String(decoding: data, as: UTF8.self))
        }
        let jsonl = folder.appendingPathComponent("many.jsonl")
        try (many.joined(separator: "\n") + "\n").write(
            to: jsonl, atomically: true, encoding: .utf8)
        let page = folder.appendingPathComponent("many.html")
        let rank = try CommandRunner.run(["rank", jsonl.path, "--format", "html", "-o", page.path])
        XCTAssertEqual(rank.status, 0, rank.stderr)
        let bytes = try FileManager.default.attributesOfItem(atPath: page.path)[.size] as? Int ?? 0

        var url = URLComponents(url: page, resolvingAgainstBaseURL: false)!
        url.fragment = "sort=score&dir=asc"
        let (dom, log) = try chromium(url.url!, ["--virtual-time-budget=10000", "--dump-dom"])
        XCTAssertEqual(console(log), [])
        let rows = tableRows(dom)
        XCTAssertEqual(rows.count, 10_000)
        let scores = rows.compactMap { Int($0[3]) }
        XCTAssertEqual(scores.count, 10_000)
        XCTAssertEqual(scores, scores.sorted(), "sorted by score in the browser")
        let ready = try XCTUnwrap(attribute("data-ready-ms", in: dom))
        let sorted = try XCTUnwrap(attribute("data-sort-ms", in: dom))
        print(
            "HTML ranking of 10,000 rows: \(bytes / 10) bytes per 1,000 rows (\(bytes) in all);"
                + " ready \(ready) ms after navigation, sorted by score in \(sorted) ms")
    }

    private func attribute(_ name: String, in dom: String) -> Double? {
        guard let start = dom.range(of: name + "=\"") else { return nil }
        return Double(dom[start.upperBound...].prefix { $0 != "\"" })
    }
}
