import Foundation
import XCTest

@testable import Portfolio
@testable import SkillgapCore

/// Hostile projects, made in a temporary folder because git cannot hold them: a scan must end, read nothing
/// outside the project, run nothing, and say what it left out.
final class PortfolioHostileTests: XCTestCase {
    private static let pack = try! RulePackLoader.builtIn()
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "portfolio-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func write(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: false, encoding: .utf8)
    }

    func testLinksFIFOsAndOddNamesAreSurvivedAndNothingOutsideIsRead() throws {
        let project = root.appendingPathComponent("project")
        let outside = root.appendingPathComponent("outside")
        try write("outside/secret.py", "import tensorflow\n")
        try write("project/main.py", "import numpy\n")
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: project.path + "/loop", withDestinationPath: ".")
        try manager.createSymbolicLink(
            atPath: project.path + "/escape", withDestinationPath: outside.path)
        try manager.createSymbolicLink(
            atPath: project.path + "/linked.py", withDestinationPath: outside.path + "/secret.py")
        XCTAssertEqual(mkfifo(project.path + "/pipe.py", 0o644), 0)
        // A name that is not UTF-8: "caf\xe9.py".
        let name =
            Array((project.path + "/caf").utf8CString.dropLast()) + [CChar(bitPattern: 0xE9)]
            + Array(".py".utf8CString)
        let descriptor = open(name, O_CREAT | O_WRONLY, 0o644)
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        _ = "import scipy\n".withCString { Glibc.write(descriptor, $0, 13) }
        close(descriptor)

        let scanned = try ProjectScanner(pack: Self.pack).scan(project.path)
        let ids = Set(scanned.skills.map(\.skillID))
        XCTAssertTrue(ids.contains("numpy"))
        XCTAssertTrue(ids.contains("scipy"), "a file whose name is not UTF-8 is still read")
        XCTAssertFalse(ids.contains("tensorflow"), "links out of the project are not followed")
        XCTAssertEqual(scanned.filesRead, 2)
        XCTAssertGreaterThanOrEqual(scanned.filesSkipped, 4, "three links and a FIFO left out")
    }

    func testAGitConfigIsReadAsTextAndNeverRun() throws {
        let marker = root.appendingPathComponent("ran")
        try write(
            "clone/.git/config",
            """
            [core]
            \tfsmonitor = touch \(marker.path)
            \tpager = touch \(marker.path)
            [remote "origin"]
            \turl = https://someone:ghp_secret@github.com/someone/clone.git
            """)
        try write("clone/.git/hooks/post-checkout", "#!/bin/sh\ntouch \(marker.path)\n")
        try write("clone/train.py", "import torch\n")
        let scanned = try ProjectScanner(pack: Self.pack).scan(
            root.appendingPathComponent("clone").path)
        XCTAssertEqual(
            scanned.remote, "https://github.com/someone/clone.git", "the token is not repeated")
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: marker.path), "nothing in the clone ran")
        XCTAssertEqual(scanned.filesRead, 1, ".git is not the author's code")
    }

    func testLimitsCutWithAWarningThatNamesTheFlag() throws {
        try write("big/huge.ipynb", String(repeating: " ", count: 3 << 20))
        try write("big/broken.ipynb", "{ not json")
        for index in 0..<30 { try write("big/src/file\(index).py", "import pandas\n") }
        try write("big/a/b/c/d/deep.py", "import numpy\n")
        let limits = PortfolioLimits(
            maxFiles: 20, maxFileBytes: 1 << 20, maxNotebookBytes: 1 << 20, maxDepth: 3)
        let scanned = try ProjectScanner(pack: Self.pack, limits: limits).scan(
            root.appendingPathComponent("big").path)
        let warnings = scanned.warnings.joined(separator: "\n")
        XCTAssertTrue(
            warnings.contains("huge.ipynb") && warnings.contains("--max-notebook-size"), warnings)
        XCTAssertTrue(warnings.contains("broken.ipynb: not a readable notebook"), warnings)
        XCTAssertTrue(warnings.contains("--max-project-depth"), warnings)
        XCTAssertTrue(warnings.contains("--max-project-files"), warnings)
        XCTAssertFalse(scanned.skills.contains { $0.skillID == "numpy" }, "too deep to be read")
    }
}
