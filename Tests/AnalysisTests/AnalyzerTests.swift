import Foundation
import XCTest

@testable import Analysis
@testable import Portfolio
@testable import SkillgapCore

/// The one pipeline, called as every command calls it.
final class AnalyzerTests: XCTestCase {
    private static let pack = try! RulePackLoader.builtIn()
    private let analyzer = Analyzer(pack: AnalyzerTests.pack, role: AnalyzerTests.pack.defaultRole!)

    private static let resume = Data(
        """
        Jane Doe
        jane@example.com | +1 555 123 4567 | github.com/janedoe

        PROJECTS
        - Trained a PyTorch image classifier in Python on 50k photos, reaching 91% accuracy
        - Cleaned data with pandas and NumPy and tracked experiments in Git

        EDUCATION
        B.Sc. Computer Science, 2025. Coursework: Linear Algebra, Probability, Statistics, Data Structures

        SKILLS
        Python, PyTorch, SQL, Docker
        """.utf8)

    func testBytesBecomeAnAssessmentWithEvidence() throws {
        let analysis = analyzer.analyze(.bytes(Self.resume), file: "jane.txt")
        let assessment = try XCTUnwrap(analysis.assessment)
        XCTAssertEqual(assessment.resume.contact.name, "Jane Doe")
        XCTAssertNotNil(assessment.score)
        let pytorch = try XCTUnwrap(assessment.skills.first { $0.skill.id == "pytorch" })
        XCTAssertEqual(pytorch.status, .demonstrated)
        XCTAssertEqual(
            pytorch.evidence.first?.location, .document(page: 1, line: 5, section: .projects))
        XCTAssertFalse(
            assessment.findings.contains { $0.rule == "email" }, "the email address was found")
        let row = analysis.row(index: 2, blind: false)
        XCTAssertEqual(row.status, .scored)
        XCTAssertEqual(row.candidate, "Jane Doe")
        XCTAssertEqual(row.score, assessment.score)
    }

    func testAMissingFileIsAFailureNotAThrow() {
        let analysis = analyzer.analyze(.file("/nonexistent/cv.pdf"), file: "cv.pdf")
        guard case .failure(.extraction(.unreadable(.noSuchFile))) = analysis.result else {
            return XCTFail("\(analysis.result)")
        }
        let row = analysis.row(index: 0, blind: false)
        XCTAssertEqual(row.status, .failed)
        XCTAssertEqual(row.failureCode, "unreadable")
    }

    func testEmptyBytesAreAnEmptyFile() {
        guard
            case .failure(.extraction(.empty)) = analyzer.analyze(.bytes(Data()), file: "-").result
        else {
            return XCTFail("empty input should fail as empty")
        }
    }

    func testBlindLeavesOutTheCandidateAndContactEvidence() throws {
        var blind = analyzer
        blind.blind = true
        let assessment = try XCTUnwrap(
            blind.analyze(.bytes(Self.resume), file: "jane.txt").assessment)
        XCTAssertNil(assessment.resume.contact.name)
        XCTAssertTrue(assessment.resume.links.isEmpty)
        XCTAssertFalse(
            assessment.skills.flatMap(\.evidence).contains { $0.location.section == .contact })
        XCTAssertNil(
            blind.analyze(.bytes(Self.resume), file: "jane.txt").row(index: 0, blind: true)
                .candidate)
    }

    func testChecksCanBeLeftOutForRankings() throws {
        var ranking = analyzer
        ranking.runChecks = false
        let checked = try XCTUnwrap(analyzer.analyze(.bytes(Self.resume), file: "a").assessment)
        let unchecked = try XCTUnwrap(ranking.analyze(.bytes(Self.resume), file: "a").assessment)
        XCTAssertFalse(checked.findings.isEmpty)
        XCTAssertTrue(unchecked.findings.isEmpty)
        XCTAssertEqual(checked.score, unchecked.score, "checks never change the score")
    }

    func testTooLittleTextIsUnscoredWithATypedReason() throws {
        let assessment = try XCTUnwrap(
            analyzer.analyze(.bytes(Data("Jane Doe\nPython\n".utf8)), file: "a").assessment)
        XCTAssertNil(assessment.score)
        XCTAssertEqual(assessment.unscoredReason, .tooFewWords(3))
        XCTAssertEqual(assessment.verdict, .notScored)
    }

    func testAPortfolioDemonstratesWhatTheResumeOnlyListsAndNamesWhatItOmits() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(
                "Fixtures/portfolios/cnn-classifier")
        var withPortfolio = analyzer
        withPortfolio.portfolio = [try ProjectScanner(pack: Self.pack).scan(fixtures.path)]
        let assessment = try XCTUnwrap(
            withPortfolio.analyze(.bytes(Self.resume), file: "jane.txt").assessment)
        let docker = try XCTUnwrap(assessment.skills.first { $0.skill.id == "docker" })
        XCTAssertEqual(
            docker.status, .demonstrated, "listed on the resume, shown by the Dockerfile")
        XCTAssertTrue(
            docker.evidence.contains {
                $0.location == .file(path: "cnn-classifier/Dockerfile", line: 1)
            })
        let portfolio = try XCTUnwrap(assessment.portfolio)
        XCTAssertTrue(portfolio.notOnResume.contains("scikit-learn"), "\(portfolio.notOnResume)")
        XCTAssertTrue(portfolio.notOnResume.contains("github-actions"))
        XCTAssertFalse(portfolio.notOnResume.contains("pytorch"), "the resume names PyTorch")
        XCTAssertEqual(portfolio.unbacked, ["sql"], "only listed, and no project uses it")
        XCTAssertEqual(
            portfolio.unverifiedLinks, ["https://github.com/janedoe"],
            "a plain folder has no remote to match the profile link")
        XCTAssertEqual(
            PortfolioAssessment.unverified(
                [
                    Link(kind: .github, url: "https://github.com/JaneDoe"),
                    Link(kind: .github, url: "https://github.com/janedoe/other"),
                    Link(kind: .linkedin, url: "https://linkedin.com/in/janedoe"),
                ],
                projects: [
                    PortfolioProject(
                        path: "cnn", remote: "git@github.com:janedoe/cnn.git", languages: [],
                        skills: [],
                        filesRead: 0, filesSkipped: 0)
                ]),
            ["https://github.com/janedoe/other"],
            "the profile owns the clone; the other repository is not given")
        // A resume that names no framework: the portfolio's PyTorch meets the framework requirement.
        let bare = Data("Jane Doe\njane@example.com\n\nSKILLS\nPython, SQL, Git\n".utf8)
        let without = try XCTUnwrap(analyzer.analyze(.bytes(bare), file: "bare.txt").assessment)
        let with = try XCTUnwrap(withPortfolio.analyze(.bytes(bare), file: "bare.txt").assessment)
        XCTAssertNil(without.portfolio)
        let framework = { (assessment: Assessment) in
            assessment.requirements.first { $0.requirement.id == "ml-framework" }?.status
        }
        XCTAssertEqual(framework(without), .missing)
        XCTAssertEqual(framework(with), .met)
    }

    func testInterestsAndReferencesAreNotTheCandidatesSkills() throws {
        let resume = Data(
            """
            Jane Doe
            jane@example.com

            EXPERIENCE
            Analyst, Acme, 2022 - 2024
            - Built models in Python.

            INTERESTS
            Chess, Docker meetups, Kubernetes

            REFERENCES
            Dr. Smith: "an excellent communicator and a natural leader"
            """.utf8)
        let assessment = try XCTUnwrap(
            analyzer.analyze(.bytes(resume), file: "jane.txt").assessment)
        let found = Set(assessment.skills.filter { $0.status != .missing }.map(\.skill.id))
        XCTAssertEqual(found, ["python"], "a pastime and a referee's words are not skills")
        XCTAssertTrue(assessment.resume.sectionsFound.contains(.interests))
    }

    func testALineOfCoursesIsCourseworkWhereverItStands() throws {
        XCTAssertEqual(
            LineStrength.strength(
                of: "Relevant coursework: Machine Learning, Statistics", in: .awards),
            .coursework, "courses under an Honors heading are not an award")
        XCTAssertEqual(
            LineStrength.strength(of: "AP Courses: Calculus BC", in: .skills), .coursework)
        XCTAssertEqual(
            LineStrength.strength(
                of: "Trained a CNN in PyTorch for coursework grading", in: .projects),
            .demonstrated, "only a line labelled as courses")
        XCTAssertEqual(
            LineStrength.strength(of: "Modules: payments, auth, search", in: .projects),
            .demonstrated,
            "software modules are not courses")
    }
}
