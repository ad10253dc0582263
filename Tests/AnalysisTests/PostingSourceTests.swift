import Foundation
import XCTest

@testable import Analysis
@testable import SkillgapCore

/// Postings the project wrote (`Fixtures/postings`, see its README for the correct reading of each), read as
/// `skillgap posting` reads them.
final class PostingSourceTests: XCTestCase {
    private static let pack = try! RulePackLoader.builtIn()
    private let source = PostingSource(pack: PostingSourceTests.pack)
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/postings")

    private func posting(_ name: String) throws -> Posting {
        try source.posting(from: .file(Self.fixtures.appendingPathComponent(name).path))
    }

    private func line(_ posting: Posting, _ number: Int) throws -> PostingRequirement {
        try XCTUnwrap(
            posting.requirements.first { $0.line == number }, "no requirement at line \(number)")
    }

    func testTheMarkdownInternshipIsReadPartByPart() throws {
        let posting = try posting("ml-intern.md")
        XCTAssertEqual(posting.title, "Machine Learning Engineer Intern")
        XCTAssertEqual(posting.company, "Quillmark Robotics")
        XCTAssertEqual(posting.seniority, .intern)
        XCTAssertEqual(posting.language, "en")
        XCTAssertTrue(posting.warnings.isEmpty, "\(posting.warnings)")
        let required = Set(posting.skills(.required))
        XCTAssertTrue(
            required.isSuperset(of: [
                "python", "java", "cpp", "numpy", "pandas", "linear-algebra", "probability",
                "communication",
            ]), "\(required)")
        XCTAssertFalse(required.contains("statistics"), "a degree's field is not a skill asked")
        XCTAssertFalse(
            required.contains("kubernetes") || posting.skills(.preferred).contains("kubernetes"),
            "about-us prose is ignored")
        XCTAssertEqual(
            Set(posting.skills(.preferred)).intersection([
                "docker", "pytorch", "tensorflow", "sql", "javascript",
            ]).count, 5)
        XCTAssertFalse(
            posting.skills(.preferred).contains("java"), "Java is not found inside JavaScript")
        XCTAssertEqual(try line(posting, 23).mode, .any, "Python, Java or C++ is an OR-group")
        XCTAssertEqual(try line(posting, 24).mode, .all, "NumPy and pandas are both asked")
        XCTAssertEqual(
            try line(posting, 26).part, .preferred,
            "'is a plus' under the requirements is preferred")
        XCTAssertEqual(
            try line(posting, 33).part, .required, "'must' under nice-to-have is required")
        XCTAssertEqual(try line(posting, 17).part, .responsibilities)
        XCTAssertEqual(try line(posting, 32).years, 1)
        XCTAssertEqual(try line(posting, 32).yearsSkill, "sql")
        XCTAssertNil(posting.minimumYears, "years asked only in a preferred line do not count")
        XCTAssertEqual(posting.education.level, .bachelor)
        XCTAssertEqual(
            posting.education.fields, ["computer science", "statistics", "related field"])
        XCTAssertTrue(posting.education.currentlyPursuing)
        XCTAssertEqual(posting.education.graduationWindow, "between December 2027 and June 2028")
        XCTAssertEqual(Set(posting.notes.map(\.kind)), [.workAuthorization, .location, .schedule])
        XCTAssertFalse(
            posting.requirements.contains { (43...57).contains($0.line) },
            "benefits and how to apply are ignored")
    }

    func testThePlainTextPostingReadsYearsPerSkillAndTheRoleYears() throws {
        let posting = try posting("data-scientist.txt")
        XCTAssertEqual(posting.title, "Senior Data Scientist")
        XCTAssertEqual(posting.seniority, .senior)
        XCTAssertEqual(posting.minimumYears, 5, "the role's years, not a tool's")
        XCTAssertEqual(try line(posting, 22).yearsSkill, "python")
        XCTAssertEqual(try line(posting, 22).years, 3)
        XCTAssertEqual(try line(posting, 23).years, 2, "2–4 years with an en dash is 2")
        XCTAssertEqual(posting.education.level, .master)
        XCTAssertTrue(posting.education.equivalentAccepted)
        let required = Set(posting.skills(.required))
        XCTAssertTrue(
            required.isSuperset(of: ["python", "sql", "r", "scikit-learn"]), "\(required)")
        XCTAssertFalse(
            required.contains("go") || posting.skills(.preferred).contains("go"),
            "go-to-market is not Go")
        XCTAssertEqual(try line(posting, 29).part, .preferred)
        XCTAssertTrue(posting.skills(.preferred).contains("spark"))
        XCTAssertEqual(try line(posting, 33).mode, .any)
    }

    func testASavedJobBoardPageLeavesOutNavigationScriptsAndSimilarJobs() throws {
        let posting = try posting("saved-job-board.html")
        XCTAssertEqual(posting.title, "Data Engineer")
        XCTAssertEqual(posting.company, "Northgate Freight")
        let all = Set(posting.requirements.flatMap(\.skills))
        for id in ["java", "kubernetes", "rust", "scala", "hadoop", "go"] {
            XCTAssertFalse(all.contains(id), id)
        }
        XCTAssertTrue(Set(posting.skills(.required)).isSuperset(of: ["python", "sql"]))
        XCTAssertTrue(Set(posting.skills(.preferred)).isSuperset(of: ["kafka", "terraform"]))
        XCTAssertEqual(posting.minimumYears, 3)
        XCTAssertEqual(posting.education.level, .bachelor)
        XCTAssertTrue(posting.education.equivalentAccepted)
    }

    func testDOCXAndPDFPostingsReadAlike() throws {
        for name in ["posting.docx", "posting.pdf"] {
            let posting = try posting(name)
            XCTAssertEqual(posting.title, "Junior Data Analyst", name)
            XCTAssertEqual(posting.seniority, .junior, name)
            XCTAssertEqual(posting.minimumYears, 1, name)
            XCTAssertTrue(
                Set(posting.skills(.required)).isSuperset(of: [
                    "sql", "excel", "tableau", "power-bi",
                ]), name)
            XCTAssertTrue(posting.skills(.preferred).contains("python"), name)
            XCTAssertNil(posting.education.level, name)
        }
    }

    func testAPostingInFrenchSaysSoAndStillReadsSkillNames() throws {
        let posting = try posting("hostile/french.md")
        XCTAssertEqual(posting.warnings, [.unsupportedLanguage("fr")])
        XCTAssertTrue(Set(posting.skills(.required)).isSuperset(of: ["python", "sql"]))
    }

    func testAResumeGivenAsAPostingIsToldAndYieldsNoRequirements() throws {
        let posting = try posting("hostile/resume-not-posting.md")
        XCTAssertEqual(posting.warnings, [.looksLikeResume])
        XCTAssertTrue(posting.requirements.isEmpty)
    }

    func testAPageWithNoPostingTextHasNoRequirementsAndSaysSo() throws {
        let posting = try posting("hostile/scripts-and-nav.html")
        XCTAssertTrue(posting.requirements.flatMap(\.skills).isEmpty)
        XCTAssertTrue(posting.warnings.contains(.noRequirements))
        XCTAssertFalse(posting.hasRequirements)
    }

    func testThePostingBecomesARoleAndAResumeIsMatchedAgainstIt() throws {
        let posting = try posting("ml-intern.md")
        let role = PostingRole.role(from: posting)
        XCTAssertEqual(
            role.requirements.filter { $0.level == .must }.count, 4,
            "\(role.requirements.map(\.title))")
        XCTAssertTrue(role.requirements.allSatisfy { $0.weight > 0 })
        let first = try XCTUnwrap(role.requirements.first)
        XCTAssertEqual(
            first.weight, PostingRole.baseWeight(.required),
            "the first required line weighs the base")
        let analyzer = Analyzer(pack: Self.pack, posting: posting, postingFile: "ml-intern.md")
        let resume = Data(
            """
            Jane Doe
            jane@example.com
            EXPERIENCE
            Data Intern, Acme, June 2024 - August 2024
            - Trained PyTorch models in Python with NumPy and pandas on 30k images
            Software Engineer, Beta, Jan 2020 - Dec 2022
            - Wrote SQL and Java services
            EDUCATION
            BSc Computer Science, 2019. Coursework: Linear Algebra, Probability
            SKILLS
            Docker, communication
            """.utf8)
        let assessment = try XCTUnwrap(
            analyzer.analyze(.bytes(resume), file: "jane.txt").assessment)
        let job = try XCTUnwrap(assessment.job)
        XCTAssertEqual(job.required.total, 4)
        XCTAssertEqual(job.required.met, 3, "communication is only listed")
        XCTAssertEqual(
            job.resumeYears, 3, "Jan 2020 to Dec 2022 is 36 months, the internship apart")
        XCTAssertEqual(job.internshipYears, 0.3, "June to August is three months")
        XCTAssertEqual(job.resumeDegree, .bachelor)
        XCTAssertEqual(job.educationOK, true)
        XCTAssertTrue(job.missingTerms.contains("JavaScript"))
        XCTAssertFalse(job.missingTerms.contains("Java"))
        XCTAssertNotNil(assessment.score)
    }

    func testAPostingThatOpensWithProseTakesItsTitleFromIt() throws {
        let text = """
            We are looking for a Senior Data Engineer to join our logistics team. You will build batch and
            streaming pipelines on AWS for shipment events and keep them reliable.

            Requirements: 3+ years of professional Python experience; strong SQL; experience with
            Airflow or Dagster; familiarity with Terraform is a plus.
            """
        let posting = try source.posting(from: .bytes(Data(text.utf8)))
        XCTAssertEqual(posting.title, "Senior Data Engineer")
        XCTAssertNil(posting.company)
        XCTAssertEqual(posting.seniority, .senior)
        XCTAssertEqual(posting.minimumYears, 3)
        XCTAssertTrue(
            Set(posting.skills(.required)).isSuperset(of: ["python", "sql"]),
            "\(posting.skills(.required))")
        XCTAssertTrue(
            posting.skills(.preferred).contains("terraform"), "\(posting.skills(.preferred))")
        XCTAssertFalse(
            posting.skills(.required).contains("aws"), "the opening prose describes the job")
    }

    func testSpanishHeadingsAreKnownAndTheLanguageIsTold() throws {
        let text = """
            # Analista de Datos

            ## Responsabilidades:
            - Mantener tableros en Power BI

            ## Requisitos:
            - Conocimientos avanzados de SQL y Python
            - Experiencia con Tableau (deseable)

            ## Beneficios:
            - Seguro médico y clases de Java
            """
        let posting = try source.posting(from: .bytes(Data(text.utf8)))
        XCTAssertEqual(posting.warnings, [.unsupportedLanguage("es")])
        XCTAssertEqual(Set(posting.skills(.required)), ["sql", "python"])
        XCTAssertEqual(posting.skills(.preferred), ["tableau"])
        XCTAssertFalse(
            posting.requirements.flatMap(\.skills).contains("java"), "benefits are ignored")
    }

    func testAChinesePostingIsReadWithoutSpacesBetweenWords() throws {
        let text = """
            # 数据工程师

            ### 岗位职责
            * 使用Go、Python等语言进行开发

            ### 任职要求
            * 计算机科学或相关专业的本科及以上学历;
            * 2-4 年数据开发经验;
            * 具备一定的算法基础和数据结构知识;
            * 良好的团队合作精神和沟通能力。

            **关于我们**
            * 我们的团队使用 Java 开发
            """
        let posting = try source.posting(from: .bytes(Data(text.utf8)))
        XCTAssertEqual(posting.language, "zh")
        XCTAssertEqual(
            Set(posting.skills(.required)),
            ["algorithms", "data-structures", "collaboration", "communication"])
        XCTAssertEqual(posting.minimumYears, 2)
        XCTAssertEqual(posting.education.level, .bachelor)
        let responsibilities = Set(
            posting.requirements.filter { $0.part == .responsibilities }.flatMap(\.skills))
        XCTAssertEqual(responsibilities, ["go", "python"], "Go and Python in a list joined by 、")
        XCTAssertFalse(
            posting.requirements.flatMap(\.skills).contains("java"), "关于我们 (about us) is ignored")
    }

    func testDatesOfEveryCommonShapeAreRead() {
        let now = 2026 * 12 + 10
        XCTAssertEqual(
            ExperienceTimeline.range(in: "Acme, Jan 2020 – Present", now: now).map { $0.1 - $0.0 },
            now + 1 - 2020 * 12)
        XCTAssertEqual(
            ExperienceTimeline.range(in: "2019 - 2021", now: now).map { $0.1 - $0.0 }, 24)
        XCTAssertEqual(ExperienceTimeline.range(in: "06/15 - Now", now: now)?.0, 2015 * 12 + 5)
        XCTAssertEqual(
            ExperienceTimeline.range(in: "2019.01 - 2020.05", now: now).map { $0.1 - $0.0 }, 17)
        XCTAssertNil(ExperienceTimeline.range(in: "Python, SQL and 3 projects", now: now))
    }

    func testAnAbbreviationsDotDoesNotEndTheSentence() {
        XCTAssertEqual(
            PostingReader.clauses("Data pipelines (ie. Airflow). Also Spark, e.g. Databricks"),
            ["Data pipelines (ie. Airflow).", "Also Spark, e.g. Databricks"])
        XCTAssertEqual(
            PostingReader.clauses("Strong SQL. Python is a plus; Go too"),
            ["Strong SQL.", "Python is a plus;", "Go too"])
    }
}
