import Foundation
import XCTest

/// Resumes that come from standard input or a pipe rather than a file: read to their end within --max-size,
/// and given up after --timeout when nothing arrives.
final class InputSourceTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skillgap-pipes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func fifo() throws -> String {
        let path = folder.appendingPathComponent("pipe.md").path
        XCTAssertEqual(mkfifo(path, 0o644), 0)
        return path
    }

    func testStandardInputIsReadWhateverItsFormat() throws {
        let resume = try Data(
            contentsOf: URL(fileURLWithPath: CommandRunner.fixture("pdf/one-column.pdf")))
        let fromStdin = try CommandRunner.run(["check", "-", "--format", "json"], stdin: resume)
        XCTAssertEqual(fromStdin.status, 0, fromStdin.stderr)
        XCTAssertTrue(fromStdin.stdout.contains("\"file\" : \"-\""), fromStdin.stdout)
        XCTAssertTrue(
            fromStdin.stdout.contains("PyTorch"),
            "the PDF from standard input was read: \(fromStdin.stdout.prefix(300))")
    }

    func testStandardInputPastMaxSizeIsRefused() throws {
        let tooBig = try CommandRunner.run(
            ["check", "-", "--max-size", "1"], stdin: Data(repeating: 0x41, count: 1_500_000))
        XCTAssertEqual(tooBig.status, 65)
        XCTAssertTrue(
            tooBig.stderr.contains("-: error: the input passes the 1 MB limit"), tooBig.stderr)
    }

    func testAFIFOWithAWriterIsRead() throws {
        let fifo = try fifo()
        let writer = Thread {
            guard let handle = FileHandle(forWritingAtPath: fifo) else { return }
            handle.write(Data("# Jane Doe\n\n## Skills\n\nPython, SQL, PyTorch\n".utf8))
            try? handle.close()
        }
        writer.start()
        let piped = try CommandRunner.run(["extract", fifo])
        XCTAssertEqual(piped.status, 0, piped.stderr)
        XCTAssertTrue(piped.stdout.contains("Python, SQL, PyTorch"), piped.stdout)
    }

    func testAFIFONobodyWritesToIsGivenUpAfterTheTimeout() throws {
        let fifo = try fifo()
        let start = Date()
        let stalled = try CommandRunner.run(["check", fifo, "--timeout", "1"])
        XCTAssertEqual(stalled.status, 65)
        XCTAssertTrue(
            stalled.stderr.contains("pipe.md: error: analyzing the file took longer than 1 s"),
            stalled.stderr)
        XCTAssertLessThan(Date().timeIntervalSince(start), 30)
    }
}
