import Foundation
import XCTest

/// An output that cannot take what is written: a reader that went away (`| head`) ends the command quietly,
/// a full disk ends it with a message and exit 74, never a crash.
final class OutputFailureTests: XCTestCase {
    func testAClosedPipeEndsTheCommandQuietly() throws {
        for arguments in [["batch", CommandRunner.fixture("check"), "-q", "--format", "jsonl"],
                          ["extract", CommandRunner.fixture("check/strong.md")]] {
            let process = Process()
            process.executableURL = CommandRunner.executable
            process.arguments = arguments
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            // The reader goes away before anything is written, as `head` does after its first lines.
            try out.fileHandleForReading.close()
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .exit, "\(arguments[0]): \(stderr)")
            XCTAssertEqual(process.terminationStatus, 0, "\(arguments[0]): \(stderr)")
            XCTAssertFalse(stderr.contains("Fatal error") || stderr.contains("crashed"), stderr)
        }
    }

    func testAFullDiskIsAnErrorWithExit74() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: "/dev/full"), "this system has no /dev/full")
        for arguments in [["check", CommandRunner.fixture("check/strong.md"), "-o", "/dev/full"],
                          ["batch", CommandRunner.fixture("check"), "-q", "--format", "jsonl", "-o", "/dev/full"]] {
            let result = try CommandRunner.run(arguments)
            XCTAssertEqual(result.status, 74, "\(arguments[0]): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("/dev/full: error: cannot write the output (No space left on device)"), result.stderr)
        }
    }
}
