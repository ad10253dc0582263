import Foundation
import XCTest

/// `skillgap batch` and `skillgap rank` over a folder of the project's fixtures, with broken files mixed in.
final class BatchCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skillgap-batch-\(UUID().uuidString)")
        let fixtures = CommandRunner.packageRoot.appendingPathComponent("Fixtures")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("nested/deeper"), withIntermediateDirectories: true)
        let copies = [
            "check/strong.md": "strong.md", "check/weak.txt": "nested/weak.txt",
            "check/non-technical.txt": "nested/deeper/accountant.txt",
            "pdf/one-column.pdf": "julia.pdf",
            "pdf/encrypted.pdf": "locked.pdf", "text/binary.txt": "nested/binary.txt",
        ]
        for (source, target) in copies {
            try FileManager.default.copyItem(
                at: fixtures.appendingPathComponent(source),
                to: folder.appendingPathComponent(target))
        }
        try "hidden".write(
            to: folder.appendingPathComponent(".hidden.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("nested/loop"), withDestinationURL: folder)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    func testEveryFileGetsARowAndBadOnesAReason() throws {
        let result = try CommandRunner.run(["batch", folder.path, "-q"])
        XCTAssertEqual(result.status, 65, "a failed file makes the batch exit 65 at the end")
        let rows = lines(result.stdout)
        XCTAssertEqual(
            rows.first,
            "rank,file,candidate,score,must_haves_met,missing_must_haves,top_gaps,status,error")
        XCTAssertEqual(
            rows.count, 1 + 6,
            "6 regular, visible files; the hidden file is skipped and the symlink loop is entered once: \(rows)"
        )
        XCTAssertTrue(rows[1].hasPrefix("1,\(folder.path)/strong.md,Aiko Tanaka,"), rows[1])
        XCTAssertTrue(
            rows.contains {
                $0.contains("locked.pdf") && $0.contains(",failed,the PDF is encrypted")
            })
        XCTAssertTrue(rows.contains { $0.contains("binary.txt") && $0.contains(",failed,") })
        XCTAssertTrue(result.stderr.contains("locked.pdf: error: the PDF is encrypted"))
    }

    func testOutputIsTheSameWhateverTheNumberOfJobs() throws {
        for format in ["csv", "jsonl", "json", "markdown"] {
            let one = try CommandRunner.run(["batch", folder.path, "-q", "-j", "1", "-f", format])
            let two = try CommandRunner.run(["batch", folder.path, "-q", "-j", "3", "-f", format])
            XCTAssertEqual(one.stdout, two.stdout, format)
            XCTAssertFalse(one.stdout.isEmpty)
        }
    }

    func testJSONLinesHoldACheckObjectOrAnErrorPerFile() throws {
        let result = try CommandRunner.run(["batch", folder.path, "-q", "-f", "jsonl"])
        let objects = try lines(result.stdout).map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        XCTAssertEqual(objects.count, 6)
        XCTAssertEqual(objects.filter { $0["status"] as? String == "failed" }.count, 2)
        XCTAssertEqual(objects.filter { $0["score"] != nil }.count, 4)
        let json = try CommandRunner.run(["batch", folder.path, "-q", "-f", "json"])
        XCTAssertEqual(
            (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [Any])?.count, 6)
    }

    func testShardsCoverTheInputAndRankMergesThem() throws {
        var parts: [String] = []
        let partsFolder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skillgap-parts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: partsFolder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: partsFolder) }
        for shard in 1...3 {
            let part = partsFolder.appendingPathComponent("part-\(shard).jsonl").path
            _ = try CommandRunner.run([
                "batch", folder.appendingPathComponent("nested").path,
                folder.appendingPathComponent("strong.md").path,
                folder.appendingPathComponent("julia.pdf").path, "-q", "--shard", "\(shard)/3",
                "-f", "jsonl", "-o", part,
            ])
            parts.append(part)
        }
        let counts = try parts.map { try lines(String(contentsOfFile: $0, encoding: .utf8)).count }
        XCTAssertEqual(counts.reduce(0, +), 6, "every file in exactly one shard: \(counts)")
        let merged = try CommandRunner.run(["rank"] + parts + ["-f", "csv"])
        XCTAssertEqual(merged.status, 0, merged.stderr)
        let whole = try CommandRunner.run([
            "batch", folder.appendingPathComponent("nested").path,
            folder.appendingPathComponent("strong.md").path,
            folder.appendingPathComponent("julia.pdf").path, "-q", "-f", "csv",
        ])
        XCTAssertEqual(
            lines(merged.stdout).map { $0.split(separator: ",").prefix(5).joined(separator: ",") },
            lines(whole.stdout).map { $0.split(separator: ",").prefix(5).joined(separator: ",") })
    }

    func testReportsAreWrittenInsideTheFolderWithUniqueNames() throws {
        let reports = folder.appendingPathComponent("out/reports")
        _ = try CommandRunner.run(["batch", folder.path, "-q", "--reports", reports.path])
        let names = try FileManager.default.contentsOfDirectory(atPath: reports.path).sorted()
        XCTAssertEqual(names.count, 4, "one report per readable file: \(names)")
        XCTAssertTrue(
            names.allSatisfy { $0.hasSuffix(".md") && !$0.hasPrefix(".") && !$0.contains("/") })
        XCTAssertTrue(names.contains { $0.hasSuffix("strong.md.md") })
    }

    func testAReportNeverOverwritesAnInput() throws {
        // The report for ".../strong.md" is named from the last three parts of its path; an input with exactly
        // that name, in the reports folder, must not be overwritten.
        let source = folder.appendingPathComponent("strong.md")
        let parts = source.path.split(separator: "/").suffix(3).joined(separator: "__")
        let trap = folder.appendingPathComponent(parts + ".md")
        try FileManager.default.copyItem(at: source, to: trap)
        let before = try Data(contentsOf: trap)
        let result = try CommandRunner.run([
            "batch", source.path, trap.path, "-q", "--reports", folder.path,
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(
            try Data(contentsOf: trap), before, "the input \(trap.lastPathComponent) is untouched")
        XCTAssertTrue(
            FileManager.default.fileExists(
                atPath: folder.appendingPathComponent(parts + "-2.md").path))
    }

    func testBlindLeavesOutContactDetails() throws {
        let result = try CommandRunner.run(["batch", folder.path, "-q", "--blind", "-f", "jsonl"])
        XCTAssertFalse(result.stdout.contains("Aiko Tanaka"))
        XCTAssertFalse(result.stdout.contains("aiko.tanaka@example.com"))
        XCTAssertFalse(result.stdout.contains("github.com/aikotanaka"))
        XCTAssertTrue(result.stdout.contains("\"candidate\":null"))
    }

    func testRankDefusesFormulasFromItsUntrustedInput() throws {
        let jsonl = folder.appendingPathComponent("../skillgap-formula-\(UUID().uuidString).jsonl")
            .standardizedFileURL
        defer { try? FileManager.default.removeItem(at: jsonl) }
        try
            #"{"file":"a.pdf","candidate":"=HYPERLINK(\"http://evil\",\"x\")","score":50,"mustHaves":{"met":1,"total":4},"requirements":[]}"#
            .write(to: jsonl, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["rank", jsonl.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(
            result.stdout.contains(#"1,a.pdf,"'=HYPERLINK(""http://evil"",""x"")",50,1/4"#),
            result.stdout)
    }

    func testACrashingOrHangingWorkerCostsOnlyItsFile() throws {
        _ = try FileManager.default.copyItem(
            at: folder.appendingPathComponent("strong.md"),
            to: folder.appendingPathComponent("crash-me.md"))
        _ = try FileManager.default.copyItem(
            at: folder.appendingPathComponent("strong.md"),
            to: folder.appendingPathComponent("hang-me.md"))
        let result = try CommandRunner.run(
            ["batch", folder.path, "-q", "-j", "2", "--timeout", "5"],
            environment: [
                "SKILLGAP_TEST_WORKER_CRASH_ON": "crash-me",
                "SKILLGAP_TEST_WORKER_HANG_ON": "hang-me",
            ])
        XCTAssertEqual(result.status, 65, result.stderr)
        let rows = lines(result.stdout)
        XCTAssertEqual(rows.count, 1 + 8, "every file has a row: \(rows)")
        XCTAssertTrue(
            rows.contains {
                $0.contains("crash-me.md")
                    && $0.contains(",failed,\"the analyzer crashed on this file (signal 6)")
            }, "\(rows)")
        XCTAssertTrue(
            rows.contains {
                $0.contains("hang-me.md")
                    && $0.contains(",failed,analyzing the file took longer than 5 s")
            }, "\(rows)")
        XCTAssertTrue(
            rows.contains { $0.contains("/strong.md,Aiko Tanaka,96,") },
            "the other files are still scored after the worker is replaced")
        XCTAssertEqual(rows.filter { $0.contains(",scored,") }.count, 4)
    }

    func testInProcessGivesTheSameRanking() throws {
        let isolated = try CommandRunner.run(["batch", folder.path, "-q", "-f", "csv"])
        let inProcess = try CommandRunner.run([
            "batch", folder.path, "-q", "-f", "csv", "--in-process",
        ])
        XCTAssertEqual(isolated.stdout, inProcess.stdout)
        XCTAssertEqual(inProcess.status, 65)
    }

    func testPathsFromStandardInput() throws {
        let input = Data("\(folder.path)/strong.md\n\(folder.path)/julia.pdf\n".utf8)
        let result = try CommandRunner.run(["batch", "-", "-q"], stdin: input)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(lines(result.stdout).count, 3)
    }

    func testAnApplicantFolderIsOneResumeWithItsProjects() throws {
        let fixtures = CommandRunner.packageRoot.appendingPathComponent("Fixtures")
        let applicants = folder.appendingPathComponent("applicants")
        let ana = applicants.appendingPathComponent("ana")
        try FileManager.default.createDirectory(at: ana, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: fixtures.appendingPathComponent("text/resume.txt"),
            to: ana.appendingPathComponent("cv.txt"))
        try FileManager.default.copyItem(
            at: fixtures.appendingPathComponent("portfolios/cnn-classifier"),
            to: ana.appendingPathComponent("cnn-classifier"))
        // The same resume with no projects, for comparison.
        try FileManager.default.copyItem(
            at: fixtures.appendingPathComponent("text/resume.txt"),
            to: applicants.appendingPathComponent("ben.txt"))
        let reports = folder.appendingPathComponent("reports")
        let result = try CommandRunner.run([
            "batch", applicants.path, "-q", "--reports", reports.path,
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        let rows = lines(result.stdout).dropFirst()
        XCTAssertEqual(
            rows.count, 2, "one row per applicant, none for the project's files: \(rows)")
        XCTAssertTrue(rows.first?.hasPrefix("1,\(ana.path)/cv.txt,") == true, "\(rows)")
        let score = { (row: String) in Int(row.split(separator: ",")[3]) ?? -1 }
        XCTAssertGreaterThan(
            score(rows.first!), score(rows.last!), "the project's PyTorch meets the framework")
        let report = try FileManager.default.contentsOfDirectory(atPath: reports.path)
            .first { $0.contains("ana") }.map {
                try String(contentsOf: reports.appendingPathComponent($0), encoding: .utf8)
            }
        XCTAssertTrue(report?.contains("## Portfolio") == true)
        XCTAssertTrue(
            report?.contains("cnn-classifier/eval.py:1") == true,
            "evidence with its project, file and line")
    }
}
