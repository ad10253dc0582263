import Foundation
import XCTest

/// The small things a command line is judged by: a mistake gets one clear line with the closest right name,
/// `-V` prints the version, and a document that is not a resume is called what it is.
final class CommandLineHelpTests: XCTestCase {
    func testMistypedNamesGetTheClosestOne() throws {
        let command = try CommandRunner.run(["chek", "resume.pdf"])
        XCTAssertEqual(command.status, 64)
        XCTAssertTrue(command.stderr.contains("did you mean 'check'?"), command.stderr)
        let role = try CommandRunner.run([
            "check", CommandRunner.fixture("check/strong.md"), "--role", "ml-enginer",
        ])
        XCTAssertEqual(role.status, 64)
        XCTAssertTrue(role.stderr.contains("did you mean 'ml-engineer-intern'?"), role.stderr)
        XCTAssertFalse(role.stderr.contains("Usage:"), "one line, not the whole usage")
        let skill = try CommandRunner.run(["rules", "explain", "pytorc"])
        XCTAssertEqual(skill.status, 64)
        XCTAssertTrue(skill.stderr.contains("did you mean 'pytorch'?"), skill.stderr)
    }

    func testShortVersionFlag() throws {
        let short = try CommandRunner.run(["-V"])
        let long = try CommandRunner.run(["--version"])
        XCTAssertEqual(short.status, 0)
        XCTAssertEqual(short.stdout, long.stdout)
        XCTAssertFalse(short.stdout.isEmpty)
    }

    /// A command without subcommands is parsed directly (faster); its help and usage errors must still read as
    /// they do through `skillgap`, and its exit codes must not change.
    func testLeafCommandsKeepTheirFullNameInHelpAndErrors() throws {
        for command in ["check", "extract", "batch", "rank", "posting", "portfolio"] {
            let help = try CommandRunner.run([command, "--help"])
            XCTAssertEqual(help.status, 0, command)
            XCTAssertTrue(help.stdout.contains("USAGE: skillgap \(command)"), help.stdout)
        }
        let missing = try CommandRunner.run(["check"])
        XCTAssertEqual(missing.status, 64)
        XCTAssertTrue(missing.stderr.contains("Usage: skillgap check"), missing.stderr)
        let extra = try CommandRunner.run([
            "extract", CommandRunner.fixture("check/strong.md"), "extra",
        ])
        XCTAssertEqual(extra.status, 64)
        XCTAssertTrue(extra.stderr.contains("Unexpected argument 'extra'"), extra.stderr)
        XCTAssertTrue(extra.stderr.contains("Usage: skillgap extract"), extra.stderr)
        let badValue = try CommandRunner.run([
            "check", CommandRunner.fixture("check/strong.md"), "--format", "pdf",
        ])
        XCTAssertEqual(badValue.status, 64)
        XCTAssertTrue(badValue.stderr.contains("--format"), badValue.stderr)
        let failing = try CommandRunner.run([
            "check", CommandRunner.fixture("check/strong.md"), "--fail-under", "100",
        ])
        XCTAssertEqual(failing.status, 1, "a score below --fail-under still exits 1")
    }

    func testAPostingOrALetterIsNotScoredSilentlyAsAResume() throws {
        for (fixture, kind) in [
            ("not-resumes/posting.md", "a job posting"),
            ("not-resumes/cover-letter.txt", "a cover letter"),
        ] {
            let result = try CommandRunner.run(["check", CommandRunner.fixture(fixture)])
            XCTAssertTrue(
                result.stderr.contains("does not look like a resume but like \(kind)"),
                result.stderr)
        }
        let resume = try CommandRunner.run(["check", CommandRunner.fixture("check/strong.md")])
        XCTAssertFalse(resume.stderr.contains("does not look like a resume"))
    }
}
