import XCTest

@testable import SkillgapCore

final class SectionerTests: XCTestCase {
    private let sectioner = Sectioner()

    private func sections(_ blocks: [Block]) -> [String: Section] {
        let resume = sectioner.resume(from: Document(format: .text, blocks: blocks))
        return Dictionary(
            resume.blocks.map { ($0.text, $0.section ?? .other) },
            uniquingKeysWith: { first, _ in first })
    }

    private func block(
        _ text: String, _ kind: BlockKind = .paragraph, line: Int, font: FontHint? = nil
    ) -> Block {
        Block(kind: kind, text: text, line: line, font: font)
    }

    func testVocabularyNamesUnusualHeadings() {
        let vocabulary = HeadingVocabulary.standard
        XCTAssertEqual(vocabulary.section(for: "Professional Background"), .experience)
        XCTAssertEqual(vocabulary.section(for: "Selected Research Projects"), .projects)
        XCTAssertEqual(vocabulary.section(for: "Technical Proficiencies"), .skills)
        XCTAssertEqual(vocabulary.section(for: "Academic Background"), .education)
        XCTAssertEqual(vocabulary.section(for: "Honours & Awards"), .awards)
        XCTAssertEqual(
            vocabulary.section(for: "E X P E R I E N C E".replacingOccurrences(of: " ", with: "")),
            .experience)
        XCTAssertEqual(vocabulary.section(for: "Work Experience:"), .experience)
        XCTAssertNil(vocabulary.section(for: "Cornell University"))
    }

    func testHeadingsAreReadByTheirHeadWord() {
        let vocabulary = HeadingVocabulary.standard
        let expected: [(String, Section?)] = [
            ("Career Overview", .summary), ("Core Strengths", .skills), ("Skill Details", .skills),
            ("Education Details", .education), ("Analytics Project Experience", .projects),
            ("Highlights", .summary), ("Accomplishments", .awards),
            ("Working Experiences", .experience),
            ("Skills Summary", .skills), ("Experience Summary", .experience),
            ("Professional Highlights", .summary), ("Technical Skills & Tools", .skills),
        ]
        for (heading, section) in expected {
            XCTAssertEqual(vocabulary.section(for: heading), section, heading)
        }
        XCTAssertEqual(vocabulary.section(for: "Skill Details", keywordLast: true), .skills)
        XCTAssertEqual(vocabulary.section(for: "Career Overview", keywordLast: true), .summary)
        XCTAssertNil(vocabulary.section(for: "Project Manager", keywordLast: true), "a job title")
        XCTAssertNil(vocabulary.section(for: "Company Details", keywordLast: false))
    }

    func testBlocksFollowTheirHeadingAndTopBlocksAreContact() {
        let result = sections([
            block("Jane Doe", line: 1), block("jane@example.com", line: 2),
            block("EXPERIENCE", .heading, line: 3), block("Built a model", .listItem, line: 4),
            block("Education:", line: 5), block("B.Sc. Statistics", line: 6),
            block("Skills: Python, SQL", line: 7),
        ])
        XCTAssertEqual(result["Jane Doe"], .contact)
        XCTAssertEqual(result["jane@example.com"], .contact)
        XCTAssertEqual(result["Built a model"], .experience)
        XCTAssertEqual(result["B.Sc. Statistics"], .education)
        XCTAssertEqual(
            result["Skills: Python, SQL"], .skills, "an inline label names its own block's section")
    }

    func testBoldSubheadingDoesNotEndTheSection() {
        let section = FontHint(size: 14, bold: true)
        let entry = FontHint(size: 11, bold: true)
        let result = sections([
            block("EDUCATION", .heading, line: 1, font: section),
            block("CORNELL UNIVERSITY", .heading, line: 2, font: entry),
            block("B.S. Computer Science", line: 3, font: FontHint(size: 10, bold: false)),
            block("EXPERIENCE", .heading, line: 4, font: section),
            block("Acme Corp", .heading, line: 5, font: entry),
            block("THINGS I LIKE", .heading, line: 6, font: section),
            block("Chess", line: 7, font: FontHint(size: 10, bold: false)),
        ])
        XCTAssertEqual(result["CORNELL UNIVERSITY"], .education)
        XCTAssertEqual(result["B.S. Computer Science"], .education)
        XCTAssertEqual(result["Acme Corp"], .experience)
        XCTAssertEqual(
            result["Chess"], .other, "an unknown heading in the section style starts 'other'")
    }

    func testWithoutHeadingsBlocksAreClassifiedByContent() {
        let result = sections([
            block("Sam Lee", line: 1), block("sam@example.com", line: 2),
            block("University of Toronto, B.Sc. Computer Science, 2024", line: 3),
            block("Data Analyst Intern, Shopify, 2023 - 2024", line: 4),
            block("Python, SQL, Tableau, Excel, Git", line: 5),
        ])
        XCTAssertEqual(result["University of Toronto, B.Sc. Computer Science, 2024"], .education)
        XCTAssertEqual(result["Data Analyst Intern, Shopify, 2023 - 2024"], .experience)
        XCTAssertEqual(result["Python, SQL, Tableau, Excel, Git"], .skills)
    }

    func testKnownSectionsFromTheExtractorAreKept() {
        let result = sections([
            Block(kind: .paragraph, text: "Python, SQL", line: 1, section: .skills)
        ])
        XCTAssertEqual(result["Python, SQL"], .skills)
    }
}
