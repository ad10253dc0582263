import Foundation
import XCTest

/// Files that go wrong while a batch runs: one the batch may not read, one deleted after the folder was
/// listed. Each becomes a failed row with its reason; the other files are scored.
final class BatchFileRaceTests: XCTestCase {
    private var folder: URL!
    private let resume = Data("""
        Jane Doe
        jane@example.com
        EXPERIENCE
        Data Intern, Acme Analytics (2024)
        - Built a Python service with SQL that cleaned and joined sales data for the finance team every night
        - Trained a scikit-learn regression model to forecast weekly demand and reported its error to managers
        """.utf8)

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("skillgap-race-\(UUID().uuidString)")
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
        let launcher = getuid() == 0 ? ["/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"] : []
        for mode in [[], ["--in-process"]] {
            let result = try CommandRunner.run(["batch", folder.path, "-q", "--format", "csv"] + mode, launcher: launcher)
            XCTAssertEqual(result.status, 65, result.stderr)
            let rows = result.stdout.split(separator: "\n").map(String.init)
            XCTAssertEqual(rows.count, 3, result.stdout)
            XCTAssertTrue(rows.contains { $0.contains("a.txt") && $0.contains(",scored,") }, result.stdout)
            XCTAssertTrue(rows.contains { $0.contains("b-locked.txt") && $0.contains("permission denied") }, result.stdout)
        }
    }

    func testAFileDeletedWhileTheBatchRunsIsAFailedRow() throws {
        for name in ["a-hang.txt", "b-gone.txt", "c.txt"] { try resume.write(to: folder.appendingPathComponent(name)) }
        // One job: the worker hangs on a-hang.txt (a test hook) after the folder was listed; b-gone.txt is
        // deleted then, so the replacement worker finds it gone.
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["batch", folder.path, "-q", "--format", "csv", "--jobs", "1", "--timeout", "3"]
        process.environment = ProcessInfo.processInfo.environment.merging(["SKILLGAP_TEST_WORKER_HANG_ON": "a-hang"]) { _, new in new }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let hanging = DispatchSemaphore(value: 0)
        let stderr = LockedText()
        err.fileHandleForReading.readabilityHandler = { handle in
            let chunk = handle.availableData
            if chunk.isEmpty { handle.readabilityHandler = nil; return }
            if stderr.append(String(decoding: chunk, as: UTF8.self)).contains("test hook: hanging on") { hanging.signal() }
        }
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        XCTAssertEqual(hanging.wait(timeout: .now() + 60), .success, "the worker reached the hook: \(stderr.text)")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("b-gone.txt"))
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        watchdog.cancel()

        XCTAssertEqual(process.terminationStatus, 65, stderr.text)
        let rows = output.split(separator: "\n").map(String.init)
        XCTAssertEqual(rows.count, 4, output)
        XCTAssertTrue(rows.contains { $0.contains("a-hang.txt") && $0.contains("took longer than 3 s") }, output)
        XCTAssertTrue(rows.contains { $0.contains("b-gone.txt") && $0.contains("no such file") }, output)
        XCTAssertTrue(rows.contains { $0.contains("c.txt") && $0.contains(",scored,") }, output)
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
