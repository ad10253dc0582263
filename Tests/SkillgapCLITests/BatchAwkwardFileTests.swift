import Foundation
import XCTest

/// Awkward files in a batch: one the batch may not read, one deleted after the folder was listed, names with
/// newlines, tabs or bytes that are not UTF-8. Each is scored or becomes a failed row with its reason.
final class BatchAwkwardFileTests: XCTestCase {
    private var folder: URL!
    private let resume = Data(
        """
        Jane Doe
        jane@example.com
        EXPERIENCE
        Data Intern, Acme Analytics (2024)
        - Built a Python service with SQL that cleaned and joined sales data for the finance team every night
        - Trained a scikit-learn regression model to forecast weekly demand and reported its error to managers
        """.utf8)

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skillgap-race-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testAnUnreadableFileIsAFailedRow() throws {
        try resume.write(to: folder.appendingPathComponent("a.txt"))
        let locked = folder.appendingPathComponent("b-locked.txt")
        try resume.write(to: locked)
        XCTAssertEqual(chmod(locked.path, 0), 0)
        // root reads any file; without the capabilities that let it, root is refused like anyone else.
        let launcher =
            getuid() == 0
            ? ["/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"] : []
        for mode in [[], ["--in-process"]] {
            let result = try CommandRunner.run(
                ["batch", folder.path, "-q", "--format", "csv"] + mode, launcher: launcher)
            XCTAssertEqual(result.status, 65, result.stderr)
            let rows = result.stdout.split(separator: "\n").map(String.init)
            XCTAssertEqual(rows.count, 3, result.stdout)
            XCTAssertTrue(
                rows.contains { $0.contains("a.txt") && $0.contains(",scored,") }, result.stdout)
            XCTAssertTrue(
                rows.contains { $0.contains("b-locked.txt") && $0.contains("permission denied") },
                result.stdout)
        }
    }

    func testAFileDeletedWhileTheBatchRunsIsAFailedRow() throws {
        for name in ["a-hang.txt", "b-gone.txt", "c.txt"] {
            try resume.write(to: folder.appendingPathComponent(name))
        }
        // One job: the worker hangs on a-hang.txt (a test hook) after the folder was listed; b-gone.txt is
        // deleted then, so the replacement worker finds it gone.
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = [
            "batch", folder.path, "-q", "--format", "csv", "--jobs", "1", "--timeout", "3",
        ]
        process.environment = ProcessInfo.processInfo.environment.merging([
            "SKILLGAP_TEST_WORKER_HANG_ON": "a-hang"
        ]) { _, new in new }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let hanging = DispatchSemaphore(value: 0)
        let stderr = LockedText()
        err.fileHandleForReading.readabilityHandler = { handle in
            let chunk = handle.availableData
            if chunk.isEmpty {
                handle.readabilityHandler = nil
                return
            }
            if stderr.append(String(decoding: chunk, as: UTF8.self)).contains(
                "test hook: hanging on")
            {
                hanging.signal()
            }
        }
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        XCTAssertEqual(
            hanging.wait(timeout: .now() + 60), .success,
            "the worker reached the hook: \(stderr.text)")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("b-gone.txt"))
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        watchdog.cancel()

        XCTAssertEqual(process.terminationStatus, 65, stderr.text)
        let rows = output.split(separator: "\n").map(String.init)
        XCTAssertEqual(rows.count, 4, output)
        XCTAssertTrue(
            rows.contains { $0.contains("a-hang.txt") && $0.contains("took longer than 3 s") },
            output)
        XCTAssertTrue(
            rows.contains { $0.contains("b-gone.txt") && $0.contains("no such file") }, output)
        XCTAssertTrue(rows.contains { $0.contains("c.txt") && $0.contains(",scored,") }, output)
    }

    func testFileNamesWithNewlinesTabsAndNonUTF8BytesAreNotLost() throws {
        for name in ["new\nline.txt", "tab\tname.txt"] {
            try resume.write(to: folder.appendingPathComponent(name))
        }
        // A Latin-1 name, as an old Windows archive leaves it: Swift cannot name it, so it cannot be opened.
        let bytes = Array(folder.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".txt".utf8) + [0]
        let descriptor = bytes.withUnsafeBufferPointer {
            open(
                UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self),
                O_CREAT | O_WRONLY, 0o644)
        }
        XCTAssertGreaterThanOrEqual(descriptor, 0, String(cString: strerror(errno)))
        close(descriptor)
        for mode in [[], ["--in-process"]] {
            let result = try CommandRunner.run(
                ["batch", folder.path, "-q", "--format", "jsonl"] + mode)
            XCTAssertEqual(result.status, 65, result.stderr)
            let rows = try result.stdout.split(separator: "\n").map {
                try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
            }
            XCTAssertEqual(rows.count, 3, result.stdout)
            for name in ["new\nline.txt", "tab\tname.txt"] {
                let row = rows.first { ($0["file"] as? String)?.hasSuffix("/" + name) == true }
                XCTAssertNotNil(
                    row?["score"] as? Int, "\(mode) \(name) is scored: \(result.stdout)")
            }
            let latin1Row = rows.first { ($0["file"] as? String)?.contains("caf") == true }
            XCTAssertEqual(latin1Row?["status"] as? String, "failed", result.stdout)
            XCTAssertTrue(
                (latin1Row?["error"] as? String)?.contains("its name is not valid UTF-8") == true,
                result.stdout)
        }
    }

    func testEscapeSequencesInFileNamesNeverReachTheTerminal() throws {
        try resume.write(to: folder.appendingPathComponent("a\u{1B}]0;pwned\u{7}.txt"))
        try Data([0x00, 0x01]).write(to: folder.appendingPathComponent("b\u{1B}[2J.txt"))
        for format in ["csv", "markdown"] {
            let result = try CommandRunner.run(["batch", folder.path, "-q", "--format", format])
            XCTAssertEqual(result.status, 65, result.stderr)
            XCTAssertTrue(
                result.stdout.contains("0;pwned?.txt")
                    && result.stderr.contains("b?[2J.txt: error:"),
                "\(format): \(result.stdout.debugDescription) \(result.stderr.debugDescription)")
            XCTAssertFalse(
                (result.stdout + result.stderr).unicodeScalars.contains("\u{1B}"), format)
        }
    }
}

/// Text appended from a pipe's handler thread and read from the test's.
private final class LockedText: @unchecked Sendable {
    private var value = ""
    private let lock = NSLock()

    func append(_ chunk: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        value += chunk
        return value
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
