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

    /// Runs the test's own git (trusted: it builds the repository before any hostile config is written).
    private func git(_ arguments: [String], in folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["-C", folder.path] + arguments
        process.environment = [
            "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null", "HOME": root.path,
            "GIT_AUTHOR_NAME": "Ana", "GIT_AUTHOR_EMAIL": "ana@example.com",
            "GIT_COMMITTER_NAME": "Ana",
            "GIT_COMMITTER_EMAIL": "ana@example.com",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "git \(arguments)")
    }

    func testAHistoryIsReadWithEveryCommandTheCloneNamesSwitchedOff() throws {
        let clone = root.appendingPathComponent("clone")
        try write("clone/train.py", "import torch\n")
        try write("clone/data.bin", "x\n")
        try git(["init", "-q"], in: clone)
        try git(["add", "."], in: clone)
        try git(["commit", "-q", "-m", "first"], in: clone)
        try write("clone/model.py", "import torch.nn as nn\nclass Net(nn.Module):\n    pass\n")
        try git(["add", "."], in: clone)
        try git(["commit", "-q", "-m", "second"], in: clone)
        let marker = root.appendingPathComponent("ran").path
        let command = "touch \(marker)"
        let config = try String(
            contentsOf: clone.appendingPathComponent(".git/config"), encoding: .utf8)
        try
            (config + """
                [core]
                \tfsmonitor = \(command)
                \tpager = \(command)
                \tsshCommand = \(command)
                [diff]
                \texternal = \(command)
                [diff "evil"]
                \ttextconv = \(command)
                [log]
                \tshowSignature = true
                [gpg]
                \tprogram = \(command)
                [remote "upstream"]
                \turl = https://github.com/someone/else.git
                """).write(
                to: clone.appendingPathComponent(".git/config"), atomically: false, encoding: .utf8)
        try "*.py diff=evil\n".write(
            to: clone.appendingPathComponent(".gitattributes"), atomically: false, encoding: .utf8)
        for hook in ["post-checkout", "pre-commit", "reference-transaction", "fsmonitor-watchman"] {
            try write("clone/.git/hooks/\(hook)", "#!/bin/sh\n\(command)\n")
            chmod(clone.appendingPathComponent(".git/hooks/\(hook)").path, 0o755)
        }

        let scanned = try ProjectScanner(pack: Self.pack).scan(clone.path)
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: marker), "nothing the clone names ran")
        let history = try XCTUnwrap(scanned.history, "the history is still read")
        XCTAssertEqual(history.commits.count, 2)
        XCTAssertEqual(
            history.commits.map(\.changedLines), [3, 2], "newest first, lines added and deleted")
        XCTAssertTrue(history.hasUpstream)
        let authorship = try XCTUnwrap(
            history.authorship(emails: ["ANA@example.com"], now: Int(Date().timeIntervalSince1970)))
        XCTAssertEqual(authorship.commits, 2)
        XCTAssertEqual(authorship.changedLines, 5)
        XCTAssertTrue(authorship.fork, "an upstream remote")
        XCTAssertEqual(history.authorship(emails: ["someone@else.org"], now: 0)?.commits, 0)

        // The control: the config is live. A plain `git log -p` runs its textconv and creates the file.
        try git(["log", "-p"], in: clone)
        XCTAssertTrue(
            FileManager.default.fileExists(atPath: marker),
            "the hostile config does run when obeyed")
    }
}
