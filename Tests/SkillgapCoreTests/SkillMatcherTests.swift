import XCTest

@testable import SkillgapCore

/// The ambiguity cases of the built-in taxonomy, read through the sectioner as a resume would be.
final class SkillMatcherTests: XCTestCase {
    private static let pack = try! RulePackLoader.builtIn()
    private let matcher = SkillMatcher(skills: SkillMatcherTests.pack.skills)

    private func skills(_ lines: [String]) -> [String: SkillEvidence] {
        let blocks = lines.enumerated().map {
            Block(kind: .paragraph, text: TextNormalizer.normalize($0.element), line: $0.offset + 1)
        }
        let resume = Sectioner().resume(from: Document(format: .text, blocks: blocks))
        return Dictionary(
            matcher.evidence(in: resume).map { ($0.skillID, $0) },
            uniquingKeysWith: { first, _ in first })
    }

    func testAmbiguousNamesNeedASkillsListOrContext() {
        let found = skills([
            "Julia R. Chen",
            "julia.chen@example.com | github.com/juliachen",
            "EXPERIENCE",
            "R&D intern at a go-to-market consultancy; I excel at teamwork and sparked a new process",
            "Modelled churn in R with tidyverse and ggplot2",
            "SKILLS",
            "Python, Julia, Go, C, SQL",
        ])
        XCTAssertEqual(
            found["r"]?.evidence.map(\.line), [5],
            "R counts beside tidyverse, not in the name, R&D or an initial")
        XCTAssertEqual(found["r"]?.strength, .demonstrated)
        XCTAssertEqual(
            found["julia"]?.evidence.map(\.section), [.skills],
            "Julia counts in the skills list only")
        XCTAssertEqual(found["julia"]?.strength, .listed)
        XCTAssertEqual(found["go"]?.evidence.map(\.section), [.skills])
        XCTAssertEqual(found["c"]?.evidence.map(\.section), [.skills])
        XCTAssertNil(found["excel"], "\"excel at\" is not Excel")
        XCTAssertNil(found["spark"], "\"sparked\" is not Spark")
    }

    func testPunctuatedNamesMatchAndDoNotLeak() {
        let found = skills([
            "EXPERIENCE",
            "Built services in C++, C# and .NET, a Node.js API, scikit-learn models and CI/CD",
        ])
        for id in ["cpp", "csharp", "dotnet", "nodejs", "scikit-learn", "ci-cd"] {
            XCTAssertNotNil(found[id], "\(id) should be found")
        }
        XCTAssertNil(found["c"], "C does not match inside C++ or C#")
    }

    func testContextErrorsFromLabelledCVs() {
        let found = skills([
            "EDUCATION",
            "B.E. in Electronics and Communication Engineering, Sri R. Venkatesh College",
            "EXPERIENCE",
            "Statistics about the monthly activities were reported to the manager",
            "Prepared monthly sales presentations for the regional office",
            "Performed regression testing on every release",
        ])
        XCTAssertNil(found["communication"])
        XCTAssertNil(found["r"])
        XCTAssertNil(found["statistics"])
        XCTAssertNil(found["presentation"])
        XCTAssertNil(found["supervised-learning"])
    }

    /// The words refused above count where they do name the skill, so the refusals are not a matcher that
    /// finds nothing.
    func testTheSameWordsCountInTheirSkillSense() {
        let found = skills([
            "EDUCATION",
            "Relevant coursework: Statistics, Communication Skills",
            "EXPERIENCE",
            "Modelled churn in R with tidyverse; gave a presentation of the results to the board",
            "Trained supervised learning models for fraud detection",
        ])
        XCTAssertEqual(found["statistics"]?.strength, .coursework)
        XCTAssertEqual(found["communication"]?.strength, .coursework)
        XCTAssertEqual(found["r"]?.evidence.map(\.line), [4])
        XCTAssertEqual(found["presentation"]?.evidence.map(\.section), [.experience])
        XCTAssertEqual(found["supervised-learning"]?.evidence.map(\.line), [5])
    }

    func testEvidenceStrengthFollowsTheSection() {
        let found = skills([
            "EDUCATION", "Relevant coursework: Linear Algebra, Statistics", "PROJECTS",
            "Trained a PyTorch CNN on CIFAR-10", "SKILLS", "Python, PyTorch",
        ])
        XCTAssertEqual(found["linear-algebra"]?.strength, .coursework)
        XCTAssertEqual(found["pytorch"]?.strength, .demonstrated)
        XCTAssertEqual(found["pytorch"]?.evidence.count, 2)
        XCTAssertEqual(found["python"]?.strength, .listed)
    }

    func testQuotesAreShortAndCutAtWords() {
        let long =
            String(repeating: "word ", count: 40) + "PyTorch"
            + String(repeating: " more", count: 40)
        let quote = SkillMatcher.quote(long, around: 200..<207)
        XCTAssertTrue(quote.hasPrefix("…word") && quote.hasSuffix("more…"), quote)
        XCTAssertTrue(quote.contains("PyTorch"))
        XCTAssertLessThan(quote.count, 110)
    }

    func testTheLongestTermWinsOverItsModifiersButNotItsHead() {
        let found = skills([
            "EXPERIENCE", "Set up a failover cluster for SQL Server", "A creative problem-solver",
        ])
        XCTAssertNotNil(found["sql-server"])
        XCTAssertNil(found["sql"], "SQL modifies SQL Server: it is not the SQL language")
        XCTAssertNotNil(found["creativity"])
        XCTAssertNotNil(found["problem-solving"], "problem-solver heads the compound and stands")
    }

    func testAnAmbiguousNameCountsBesideANamedPeerOfItsCategory() {
        let found = skills([
            "EXPERIENCE", "Built a Rust backend with a Python SDK",
            "Paired with Julia Chen on the Java services",
        ])
        XCTAssertNotNil(found["rust"], "Python beside it settles the sense of Rust")
        XCTAssertNil(found["julia"], "a capitalized word after it makes Julia a name")
    }

    func testADeedIsAVerbAndItsObjectAFewWordsApart() {
        let found = skills([
            "EXPERIENCE", "Lead 2 Flash developers in the development of games",
            "Led the Python migration team for the billing platform",
        ])
        let leadership = found["leadership"]?.evidence.first
        XCTAssertEqual(leadership?.via, .behaviour, "a deed shows the skill, it does not name it")
        XCTAssertEqual(leadership?.line, 2)
        XCTAssertNotNil(found["python"], "a deed never hides a name inside it")
        let notDeeds = skills([
            "EXPERIENCE", "Tech Lead, Platform team, Acme Corp",
            "Oversaw the rollout. The team grew to nine", "Lead generation for the sales team",
            "Managed budgets for the vendors, contracts and the new campus build-out with staff",
        ])
        XCTAssertNil(notDeeds["leadership"]?.evidence.first?.text)
    }

    func testStrengthFollowsWhatTheLineSays() {
        let found = skills([
            "SUMMARY", "Developed and installed the XPNET API to connect the acquirer with Pathway",
            "CCNA certified network engineer", "EXPERIENCE",
            "Basic knowledge of C, x86 assembly, Common Lisp",
            "Git", "Attended a three-day workshop on Java programming", "EDUCATION",
            "Thesis: Deep learning approaches to protein folding",
        ])
        XCTAssertEqual(found["api-development"]?.strength, .demonstrated, "a deed is work anywhere")
        XCTAssertEqual(found["networking"]?.strength, .coursework, "a certification is training")
        XCTAssertEqual(found["assembly"]?.strength, .listed, "a claim of knowledge is not use")
        XCTAssertEqual(found["git"]?.strength, .listed, "a bare name is a list item")
        XCTAssertEqual(found["java"]?.strength, .coursework, "a workshop attended is training")
        XCTAssertEqual(found["deep-learning"]?.strength, .demonstrated, "a thesis is research done")
    }

    func testATermOrDeedWrappedOntoTheNextLineIsFound() {
        let found = skills([
            "EXPERIENCE", "Designed back-end systems for health records software, improving",
            "performance by 40% through caching", "Research on large language",
            "models for clinical notes",
        ])
        XCTAssertNotNil(found["performance-optimization"])
        XCTAssertEqual(found["large-language-models"]?.evidence.first?.line, 4)
        let separate = skills([
            "EXPERIENCE", "Built the reporting service for the finance team, improving",
            "Performance by 40% was the goal of the next quarter.",
        ])
        XCTAssertNil(separate["performance-optimization"], "a capital opens a new line's sentence")
    }

    func testABehaviourThatHoldsANameStillNamesIt() {
        let found = skills(["EXPERIENCE", "Implemented a TCP server with optimized SQL queries"])
        XCTAssertNotNil(found["sql"], "only a name covers a shorter name")
        XCTAssertNotNil(found["query-optimization"])
    }

    func testAJobsToolLineIsThatJobsEvidenceAndAList() {
        let found = skills([
            "EXPERIENCE", "Software Engineer, Acme, 2021 - 2024", "Tech Stack: Go, Redis, Docker",
            "Improved the trading platform's latency by 60%",
        ])
        XCTAssertEqual(
            found["go"]?.strength, .demonstrated, "read as a list, so Go counts; kept in the job")
        XCTAssertEqual(found["docker"]?.evidence.map(\.section), [.experience])
    }
}

extension Evidence {
    fileprivate var section: Section? { location.section }

    fileprivate var line: Int {
        switch location {
        case .document(_, let line, _), .file(_, let line): line
        }
    }
}
