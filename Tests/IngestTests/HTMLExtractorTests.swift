import SkillgapCore
import XCTest

@testable import Ingest

final class HTMLExtractorTests: XCTestCase {
    func testHeadingsListsTablesAndIconLinks() throws {
        let resume = try Fixture.resume("html/resume.html")
        XCTAssertEqual(resume.document.format, .html)
        XCTAssertEqual(resume.contact.name, "Amara Okafor")
        XCTAssertEqual(
            resume.links.map(\.kind), [.github, .linkedin],
            "an icon-only link to GitHub is still a GitHub link")
        let headings = resume.blocks.filter { $0.kind == .heading }
        XCTAssertEqual(
            headings.map(\.text), ["Amara Okafor", "Experience", "Projects", "Skills", "Education"])
        XCTAssertEqual(headings.map(\.headingLevel), [1, 2, 2, 2, 2])
        XCTAssertEqual(resume.blocks.filter { $0.kind == .listItem }.count, 3)
        XCTAssertEqual(
            resume.texts(in: .skills),
            ["Skills", "Languages | Python, SQL", "Tools | Power BI, Looker, Git"])
        XCTAssertEqual(
            resume.blocks.first { $0.text == "Experience" }?.line, 16, "lines are source lines")
    }

    func testScriptsStylesAndHiddenContentAreSkipped() throws {
        let document = try Fixture.document("html/resume.html")
        let text = document.blocks.map(\.text).joined(separator: " ")
        for hidden in [
            "Kubernetes", "NoscriptKeyword", "TemplateKeyword", "HiddenAttrKeyword",
            "DisplayNoneKeyword",
            "VisibilityKeyword", ".x{}",
        ] {
            XCTAssertFalse(text.contains(hidden), hidden)
        }
        XCTAssertEqual(document.hiddenText.words, 5, "scripts and styles are code, not hidden text")
        XCTAssertEqual(
            Set(document.hiddenText.reasons),
            [
                .concealingElement("noscript"), .concealingElement("template"), .hiddenAttribute,
                .displayNone, .visibilityHidden,
            ])
    }

    func testDeclaredWindows1252IsDecoded() throws {
        let resume = try Fixture.resume("html/windows-1252.html")
        XCTAssertEqual(resume.contact.name, "Renée Müller")
        XCTAssertTrue(resume.allText.contains("Renée’s projects"))
        XCTAssertTrue(resume.allText.contains("Straßenbahn"))
    }
}
