import Foundation
import XCTest

/// An output that cannot take what is written: a reader that went away (`| head`) ends the command quietly,
/// a full disk ends it with a message and exit 74, never a crash.
final class OutputFailureTests: XCTestCase {
    func testAClosedPipeEndsTheCommandQuietly() throws {
        for arguments in [
            ["batch", CommandRunner.fixture("check"), "-q", "--format", "jsonl"],
            ["extract", CommandRunner.fixture("check/strong.md")],
        ] {
            let process = Process()
            process.executableURL = CommandRunner.executable
            process.arguments = arguments
            let out = Pipe()
            let err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            // The reader goes away before anything is written, as `head` does after its first lines.
            try out.fileHandleForReading.close()
            let stderr = String(
                decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .exit, "\(arguments[0]): \(stderr)")
            XCTAssertEqual(process.terminationStatus, 0, "\(arguments[0]): \(stderr)")
            XCTAssertFalse(stderr.contains("Fatal error") || stderr.contains("crashed"), stderr)
        }
    }

    func testAFullDiskIsAnErrorWithExit74() throws {
        try XCTSkipUnless(
            FileManager.default.fileExists(atPath: "/dev/full"), "this system has no /dev/full")
        for arguments in [
            ["check", CommandRunner.fixture("check/strong.md"), "-o", "/dev/full"],
            [
                "batch", CommandRunner.fixture("check"), "-q", "--format", "jsonl", "-o",
                "/dev/full",
            ],
        ] {
            let result = try CommandRunner.run(arguments)
            XCTAssertEqual(result.status, 74, "\(arguments[0]): \(result.stderr)")
            XCTAssertTrue(
                result.stderr.contains(
                    "/dev/full: error: cannot write the output (No space left on device)"),
                result.stderr)
        }
    }

    func testAnOutputInAFolderThatIsNotThereExits74() throws {
        let missing = "/nonexistent-\(UUID().uuidString)/x.md"
        for arguments in [
            ["check", CommandRunner.fixture("check/strong.md"), "-o", missing],
            ["batch", CommandRunner.fixture("check"), "-q", "-o", missing],
            ["rank", CommandRunner.fixture("check/strong.md"), "-o", missing],
        ] {
            let result = try CommandRunner.run(arguments)
            // rank refuses a file that is not JSON Lines before it writes anything.
            let expected: Int32 = arguments[0] == "rank" ? 65 : 74
            XCTAssertEqual(result.status, expected, "\(arguments[0]): \(result.stderr)")
        }
        let result = try CommandRunner.run([
            "check", CommandRunner.fixture("check/strong.md"), "-o", missing,
        ])
        XCTAssertTrue(
            result.stderr.contains(
                "x.md: error: cannot write the output (No such file or directory)"), result.stderr)
    }

    func testAReportsFolderThatCannotBeMadeExits74() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skillgap-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A file where the folder should be: it cannot be created.
        let blocker = folder.appendingPathComponent("reports").path
        XCTAssertTrue(FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8)))
        let result = try CommandRunner.run([
            "batch", CommandRunner.fixture("check"), "-q", "--reports", blocker,
            "-o", folder.appendingPathComponent("ranking.csv").path,
        ])
        XCTAssertEqual(result.status, 74, result.stderr)
        XCTAssertTrue(
            result.stderr.contains("reports: error: cannot create the reports folder"),
            result.stderr)
    }

    func testAReportThatCannotBeWrittenIsToldAndExits74AfterTheBatch() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skillgap-out-\(UUID().uuidString)")
        let reports = folder.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let ranking = folder.appendingPathComponent("ranking.csv").path
        // A folder squats on the name of one report, so writing that report fails; the others are written.
        for inProcess in [false, true] {
            let first = try CommandRunner.run([
                "batch", CommandRunner.fixture("check"), "-q", "--reports", reports.path, "-o",
                ranking,
            ])
            XCTAssertEqual(first.status, 0, first.stderr)
            let names = try FileManager.default.contentsOfDirectory(atPath: reports.path).sorted()
            XCTAssertEqual(names.count, 3, "\(names)")
            let squatted = reports.appendingPathComponent(names[0])
            try FileManager.default.removeItem(at: squatted)
            try FileManager.default.createDirectory(
                at: squatted.appendingPathComponent("inside"), withIntermediateDirectories: true)
            let result = try CommandRunner.run(
                [
                    "batch", CommandRunner.fixture("check"), "-q", "--reports", reports.path, "-o",
                    ranking,
                ]
                    + (inProcess ? ["--in-process"] : []))
            XCTAssertEqual(result.status, 74, result.stderr)
            XCTAssertTrue(
                result.stderr.contains("error: cannot write the report \(squatted.path)"),
                result.stderr)
            let rows = try String(contentsOfFile: ranking, encoding: .utf8).split(separator: "\n")
            XCTAssertEqual(rows.count, 4, "the ranking still has every file")
            try FileManager.default.removeItem(at: squatted)
        }
    }
}
