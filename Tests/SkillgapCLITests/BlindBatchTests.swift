import Foundation
import XCTest

/// A blind batch says nothing that identifies a candidate: every output and report is searched for every
/// identifying string of the input.
final class BlindBatchTests: XCTestCase {
    /// What identifies the fixture's candidate: name, its words, handle, email, phone, links, file name.
    private let identifying = [
        "harvey", "dent", "hdent", "gotham-mail", "555", "010-9999", "linkedin.com", "github.com",
        "hdent.example.dev", "harvey_dent_mle", "harvey-dent-42",
    ]

    func testNothingIdentifyingInAnyBlindOutput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skillgap-blind-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("applicants")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: CommandRunner.fixture("blind/harvey_dent_mle.md"),
            toPath: input.appendingPathComponent("harvey_dent_mle.md").path)
        var outputs: [(String, String)] = []
        for (format, reportFormat) in [
            ("csv", "markdown"), ("jsonl", "json"), ("json", "html"), ("markdown", "json"),
            ("html", "html"),
        ] {
            let reports = folder.appendingPathComponent("reports-\(format)")
            let key = folder.appendingPathComponent("key-\(format).tsv")
            let result = try CommandRunner.run([
                "batch", input.path, "--blind", "--blind-key", key.path, "--format", format,
                "--reports", reports.path, "--report-format", reportFormat, "-q",
            ])
            XCTAssertEqual(result.status, 0, result.stderr)
            outputs.append(("\(format) ranking", result.stdout))
            outputs.append(("\(format) stderr", result.stderr))
            for name in try FileManager.default.contentsOfDirectory(atPath: reports.path) {
                outputs.append(("report name \(name)", name))
                outputs.append(
                    (
                        "report \(name)",
                        try String(
                            contentsOf: reports.appendingPathComponent(name), encoding: .utf8)
                    ))
            }
            let keyText = try String(contentsOf: key, encoding: .utf8)
            XCTAssertTrue(
                keyText.contains("harvey_dent_mle.md"), "the key, and only the key, unblinds")
        }
        XCTAssertGreaterThan(outputs.count, 8)
        for (what, text) in outputs {
            for string in identifying {
                // As a word of its own: "dent" in "student" is not the name.
                let pattern =
                    "(?<![a-z0-9])" + NSRegularExpression.escapedPattern(for: string)
                    + "(?![a-z0-9])"
                XCTAssertNil(
                    text.lowercased().range(of: pattern, options: .regularExpression),
                    "\(what) shows \(string)")
            }
        }
        let csv = outputs[0].1
        XCTAssertTrue(csv.contains("applicant-"), "files are shown by anonymous id")
        XCTAssertTrue(outputs.contains { $0.0.hasPrefix("report ") && $0.1.contains("PyTorch") })
    }

    func testTheIDIsStableAndTheKeyNeedsBlind() throws {
        let file = CommandRunner.fixture("blind/harvey_dent_mle.md")
        let first = try CommandRunner.run(["batch", file, "--blind", "-q"])
        let second = try CommandRunner.run(["batch", file, "--blind", "-q"])
        XCTAssertEqual(first.stdout, second.stdout)
        let refused = try CommandRunner.run(["batch", file, "--blind-key", "/tmp/key.tsv"])
        XCTAssertEqual(refused.status, 64)
        XCTAssertTrue(refused.stderr.contains("--blind"))
    }
}
