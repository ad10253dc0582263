import Foundation
import XCTest

@testable import Analysis
@testable import Reports
@testable import SkillgapCore

/// The resume checks as a recruiter reads them: projects counted as projects, dates as written, headings by
/// their shape, links that are the person's own.
final class ResumeChecksTests: XCTestCase {
    private static let pack = try! RulePackLoader.builtIn()
    private let analyzer = Analyzer(
        pack: ResumeChecksTests.pack, role: ResumeChecksTests.pack.defaultRole!)

    private func assess(_ text: String) throws -> Assessment {
        try XCTUnwrap(analyzer.analyze(.bytes(Data(text.utf8)), file: "r.txt").assessment)
    }

    private static let body = """
        EXPERIENCE
        Data Analyst, Acme, 06/15 - Now
        - Built weekly churn reports in SQL for 40 stores

        EDUCATION
        B.Sc. Statistics, State University, 09/11 - 05/15

        SKILLS
        Python, SQL, Tableau

        ANALYTICS PROJECT EXPERIENCE
        Store churn model
        - Goal: predict which customers leave next month
        - Trained gradient boosting in Python on 40k customers
        - Reached 0.84 AUC, and cut churn by 5%
        - Shared the notebook with the team
        """

    func testOneProjectWithBulletsIsOneProjectAndMonthYearDatesAreDates() throws {
        let assessment = try assess(
            "Jane Doe\njane@example.com | github.com/janedoe\n\n" + Self.body)
        let ids = assessment.findings.map(\.rule)
        XCTAssertFalse(
            ids.contains("projects-section"), "Analytics Project Experience is a projects heading")
        XCTAssertFalse(ids.contains("dates"), "06/15 - Now gives a date")
        XCTAssertFalse(
            ids.contains("project-structure"), "the project states problem, approach, result")
        XCTAssertEqual(CheckRunner.projectEntries(in: assessment.resume.blocks).count, 1)
    }

    func testProjectsAreCountedByTitleNotByLine() throws {
        let assessment = try assess(
            """
            Jane Doe
            PROJECTS
            Churn model
            - Trained a classifier in Python on store data
            - Shared the notebook with the analytics team
            Price tracker
            - Scraped prices of 300 products every day with Python
            """)
        guard
            case .incompleteProjects(_, let of, _, _)? = assessment.findings.first(where: {
                $0.rule == "project-structure"
            })?.detail
        else {
            return XCTFail("the projects lack problems and results")
        }
        XCTAssertEqual(of, 2, "two projects, not five lines")
    }

    func testOnlyThePersonsOwnLinksAndNoPlatformNameAsASkill() throws {
        let bare = try assess(
            "Jane Doe\njane@example.com | https://github.com | GitHub\n\n" + Self.body)
        XCTAssertTrue(
            bare.findings.contains { $0.rule == "portfolio-link" }, "github.com alone is no link")
        XCTAssertFalse(bare.skills.contains { $0.skill.id == "github" && !$0.evidence.isEmpty })
        XCTAssertEqual(
            ContactFinder.link(from: "https://en.wikipedia.org/wiki/Julia_(programming_language)")?
                .url,
            "https://en.wikipedia.org/wiki/Julia_(programming_language)")
        XCTAssertEqual(
            ContactFinder.urlCandidates(in: "Site (github.com/jane)."), ["github.com/jane"])
        XCTAssertNil(ContactFinder.link(from: "linkedin.com/in/"))
    }

    func testImpliedSkillsAndADegreeCountAndTheReportSaysWhy() throws {
        let assessment = try assess(
            """
            Jane Doe
            EXPERIENCE
            - Built reporting tables in PostgreSQL for the finance team
            - Trained image models in PyTorch and Python on 30k photos
            EDUCATION
            B.Sc. Computer Science, State University, 2024
            """)
        let sql = try XCTUnwrap(assessment.skills.first { $0.skill.id == "sql" })
        XCTAssertEqual(sql.evidence.first?.impliedBy, "PostgreSQL")
        let fundamentals = try XCTUnwrap(
            assessment.requirements.first { $0.requirement.id == "ml-fundamentals" })
        XCTAssertGreaterThan(fundamentals.coverage, 0, "PyTorch implies deep learning, which is ML")
        XCTAssertLessThan(fundamentals.coverage, 1, "an implied skill earns less than a named one")
        let maths = try XCTUnwrap(
            assessment.requirements.first { $0.requirement.id == "math-foundations" })
        XCTAssertEqual(maths.degreeField, "computer science")
        XCTAssertEqual(maths.status, .met)
        let report = MarkdownAssessmentReporter().render(AssessmentReport(assessment))
        XCTAssertTrue(report.contains("implied by PostgreSQL"), report)
        XCTAssertTrue(report.contains("a degree in computer science (coursework level)"), report)
    }
}
