import Foundation
import XCTest

@testable import Portfolio
@testable import SkillgapCore

/// `Fixtures/portfolios` (see its README for what each project must yield), scanned as `skillgap portfolio`
/// scans them.
final class PortfolioScanTests: XCTestCase {
    private static let pack = try! RulePackLoader.builtIn()
    private let scanner = ProjectScanner(pack: PortfolioScanTests.pack)
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "Fixtures/portfolios")

    private func skill(_ project: PortfolioProject, _ id: String) throws -> ProjectSkill {
        try XCTUnwrap(project.skills.first { $0.skillID == id }, "\(id) not found")
    }

    private func places(_ skill: ProjectSkill) -> [String] {
        skill.evidence.map {
            guard case .file(let path, let line) = $0.location else { return "?" }
            return "\(path):\(line)"
        }
    }

    func testAPythonProjectIsCreditedFromItsImportsAndManifest() throws {
        let project = try scanner.scan(Self.fixtures.appendingPathComponent("cnn-classifier").path)
        XCTAssertEqual(
            project.languages.map(\.name), ["Python"],
            "node_modules' JavaScript is not the author's")
        // train.py 11, model.py 3, eval.py (CRLF) 3, the notebook's code cells 4.
        XCTAssertEqual(project.languages.first?.lines, 21)

        let torch = try skill(project, "pytorch")
        XCTAssertEqual(torch.strength, .used, "imported by train.py, model.py and eval.py")
        // Imports first, then the manifest; five places at most.
        XCTAssertEqual(
            places(torch),
            ["eval.py:1", "model.py:1", "train.py:2", "train.py:3", "requirements.txt:2"])
        XCTAssertEqual(torch.evidence.first?.text, "import torch")

        XCTAssertEqual(try skill(project, "scikit-learn").strength, .imported)
        XCTAssertEqual(
            places(try skill(project, "pandas")), ["explore.ipynb#cell2:2", "requirements.txt:5"])
        XCTAssertEqual(
            try skill(project, "seaborn").strength, .declared, "installed by !pip, never imported")
        XCTAssertEqual(places(try skill(project, "docker")), ["Dockerfile:1"])
        XCTAssertEqual(try skill(project, "docker").evidence.first?.text, "FROM python:3.11-slim")
        XCTAssertNotNil(project.skills.first { $0.skillID == "github-actions" })
        XCTAssertNotNil(project.skills.first { $0.skillID == "jupyter" })
        let ids = Set(project.skills.map(\.skillID))
        for absent in ["react", "tensorflow", "keras", "matplotlib"] {
            XCTAssertFalse(
                ids.contains(absent), "\(absent): vendored, a comment, a string or prose")
        }
        XCTAssertNil(project.remote, "a plain folder has no remote")
    }

    func testAnRProjectIsReadFromLibraryCallsNamespacesAndDescription() throws {
        let project = try scanner.scan(Self.fixtures.appendingPathComponent("r-analysis").path)
        XCTAssertEqual(project.languages.map(\.name), ["R"])
        XCTAssertEqual(places(try skill(project, "ggplot2")), ["analysis.R:1"])
        // dplyr and tidyr are the taxonomy's data-analysis packages in R.
        XCTAssertEqual(
            places(try skill(project, "data-analysis")),
            ["analysis.R:5", "DESCRIPTION:6", "DESCRIPTION:7"])
        XCTAssertEqual(try skill(project, "data-analysis").strength, .imported)
        XCTAssertEqual(try skill(project, "r").strength, .imported)
    }

    func testANotebookAloneIsAProject() throws {
        let project = try scanner.scan(
            Self.fixtures.appendingPathComponent("cnn-classifier/explore.ipynb").path)
        XCTAssertEqual(project.languages.map(\.name), ["Python"])
        XCTAssertEqual(project.languages.first?.lines, 4, "code cells only")
        XCTAssertNotNil(project.skills.first { $0.skillID == "pandas" })
    }

    func testAPathThatIsNeitherAFolderNorANotebookIsAClearError() {
        XCTAssertThrowsError(try scanner.scan("/nonexistent/project")) { error in
            XCTAssertTrue("\(error)".contains("cannot be read"), "\(error)")
        }
        XCTAssertThrowsError(
            try scanner.scan(Self.fixtures.appendingPathComponent("r-analysis/analysis.R").path)
        ) { error in
            XCTAssertTrue("\(error)".contains("not a project folder or a notebook"), "\(error)")
        }
    }

    func testTheCommittedHostileProjectsKeepTheirOutcomes() throws {
        let hostile = Self.fixtures.appendingPathComponent("hostile")
        let links = try scanner.scan(hostile.appendingPathComponent("links").path)
        XCTAssertEqual(
            links.skills.map(\.skillID).sorted(), ["numpy", "python"], "no link is followed")
        let leaked = try scanner.scan(hostile.appendingPathComponent("leaked-key").path)
        let secrets = try XCTUnwrap(leaked.checks.first { $0.id == "secrets" })
        XCTAssertFalse(secrets.ok)
        XCTAssertTrue(
            secrets.detail.contains("AWS access key AKIA… at config.ini:2"), secrets.detail)
        XCTAssertFalse(secrets.detail.contains("IOSFODNN7"), "the key is not repeated")
    }
}
