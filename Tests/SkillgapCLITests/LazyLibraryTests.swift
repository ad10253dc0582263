import Foundation
import XCTest

/// SQLite and libxml2 are loaded when a command first needs them (a results store; an HTML or DOCX file), not at
/// the start of every command, and a command that needs one that cannot be loaded says so and exits 69. glibc's
/// dynamic loader shows what it loads and why (`LD_DEBUG=files`, written to one file per process).
final class LazyLibraryTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        #if !os(Linux)
            throw XCTSkip("LD_DEBUG and LD_LIBRARY_PATH are glibc's")
        #endif
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skillgap-lazy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    /// What the dynamic loader logged while `skillgap arguments` ran, every process of it together.
    private func loaderLog(_ arguments: [String], status: Int32) throws -> String {
        let logs = folder.appendingPathComponent("ld-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        let run = try CommandRunner.run(
            arguments,
            environment: [
                "LD_DEBUG": "files", "LD_DEBUG_OUTPUT": logs.appendingPathComponent("log").path,
            ])
        XCTAssertEqual(run.status, status, run.stderr)
        return try FileManager.default.contentsOfDirectory(atPath: logs.path).map {
            try String(contentsOf: logs.appendingPathComponent($0), encoding: .utf8)
        }.joined()
    }

    /// A folder with one applicant's resume, for a batch.
    private func applicantsFolder() throws -> URL {
        let applicants = folder.appendingPathComponent("applicants")
        try FileManager.default.createDirectory(at: applicants, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: CommandRunner.fixture("check/strong.md"),
            toPath: applicants.appendingPathComponent("strong.md").path)
        return applicants
    }

    func testACheckOfAPDFLoadsNeitherSQLiteNorLibXML2() throws {
        let log = try loaderLog(["check", CommandRunner.fixture("pdf/two-column.pdf")], status: 0)
        XCTAssertTrue(log.contains("file=libpoppler-glib.so.8"), "the log lists the libraries")
        XCTAssertFalse(log.contains("libsqlite3"), log)
        XCTAssertFalse(log.contains("libxml2"), log)
    }

    func testHTMLAndDOCXLoadLibXML2WhenRead() throws {
        for fixture in ["html/resume.html", "docx/resume.docx"] {
            let log = try loaderLog(["check", CommandRunner.fixture(fixture)], status: 0)
            XCTAssertTrue(
                log.contains("file=libxml2.so.2 [0];  dynamically loaded by"), "\(fixture): \(log)")
        }
    }

    func testABatchWithAStoreLoadsSQLite() throws {
        let applicants = try applicantsFolder()
        let log = try loaderLog(
            [
                "batch", applicants.path, "--db", folder.appendingPathComponent("r.db").path, "-q",
                "-o", folder.appendingPathComponent("r.csv").path,
            ], status: 0)
        XCTAssertTrue(log.contains("file=libsqlite3.so.0 [0];  dynamically loaded by"), log)
    }

    /// A library found first on LD_LIBRARY_PATH that is not one (an empty file) stands for one not installed.
    private func broken(_ library: String) throws -> [String: String] {
        let libraries = folder.appendingPathComponent("broken-\(library)")
        try FileManager.default.createDirectory(at: libraries, withIntermediateDirectories: true)
        try Data().write(to: libraries.appendingPathComponent(library))
        return ["LD_LIBRARY_PATH": libraries.path]
    }

    func testWithoutLibXML2HTMLSaysWhatToInstallAndPDFStillWorks() throws {
        let environment = try broken("libxml2.so.2")
        let html = try CommandRunner.run(
            ["check", CommandRunner.fixture("html/resume.html")], environment: environment)
        XCTAssertEqual(html.status, 69, html.stderr)
        XCTAssertTrue(
            html.stderr.contains("resume.html: error: reading HTML needs libxml2.so.2"), html.stderr
        )
        XCTAssertTrue(html.stderr.contains("apt-get install libxml2"), html.stderr)
        let pdf = try CommandRunner.run(
            ["check", CommandRunner.fixture("pdf/two-column.pdf")], environment: environment)
        XCTAssertEqual(pdf.status, 0, pdf.stderr)
    }

    func testWithoutSQLiteAStoreSaysWhatToInstall() throws {
        let applicants = try applicantsFolder()
        let store = folder.appendingPathComponent("r.db").path
        let batch = try CommandRunner.run(
            [
                "batch", applicants.path, "--db", store, "-q", "-o",
                folder.appendingPathComponent("r.csv").path,
            ],
            environment: try broken("libsqlite3.so.0"))
        XCTAssertEqual(batch.status, 69, batch.stderr)
        XCTAssertTrue(batch.stderr.contains("the SQLite library could not be loaded"), batch.stderr)
        XCTAssertTrue(batch.stderr.contains("apt-get install libsqlite3-0"), batch.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: store), "nothing written")
    }
}
