import SkillgapCore
import XCTest

@testable import Ingest

final class TextFormatsTests: XCTestCase {
    func testPlainTextHeadingStyles() throws {
        let resume = try Fixture.resume("text/resume.txt")
        XCTAssertEqual(resume.document.format, .text)
        XCTAssertEqual(
            resume.blocks.filter { $0.kind == .heading }.map(\.text),
            ["SUMMARY", "Experience", "Technical Skills:", "Education"],
            "all caps, ---- and ==== underlines, trailing colon")
        XCTAssertEqual(
            resume.sectionsFound, [.contact, .summary, .experience, .skills, .education])
        XCTAssertEqual(
            resume.contact,
            Contact(
                name: "Tomás García", email: "tomas.garcia@example.com", phone: "+34 612 345 678"))
        XCTAssertEqual(resume.links, [Link(kind: .github, url: "https://github.com/tomasgarcia")])
        XCTAssertEqual(resume.blocks.filter { $0.kind == .listItem }.count, 4)
        XCTAssertFalse(resume.allText.contains("----"))
    }

    func testUnusualHeadingsMapToCanonicalSections() throws {
        let resume = try Fixture.resume("text/unusual-headings.txt")
        let sections = Dictionary(
            resume.blocks.filter { $0.kind == .heading }.map { ($0.text, $0.section) },
            uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(sections["Professional Background"], .experience)
        XCTAssertEqual(sections["Selected Research Projects"], .projects)
        XCTAssertEqual(sections["Technical Proficiencies"], .skills)
        XCTAssertEqual(sections["Academic Background"], .education)
        XCTAssertEqual(sections["Honours & Awards"], .awards)
        XCTAssertEqual(sections["Volunteering"], .activities)
    }

    func testResumeWithoutHeadingsIsSectionedByContent() throws {
        let resume = try Fixture.resume("text/no-headings.txt")
        XCTAssertEqual(resume.sectionsFound, [.contact, .education, .experience, .skills])
        XCTAssertEqual(resume.texts(in: .skills), ["Excel, SQL, Power BI, Python, Stata"])
    }

    func testEncodings() throws {
        let utf16 = try Fixture.document("text/utf16-bom.txt")
        XCTAssertEqual(
            utf16.blocks.map(\.text), ["Lena Fischer", "EXPERIENCE", "Built dashboards in Tableau"])
        XCTAssertTrue(utf16.warnings.isEmpty)
        let latin1 = try Fixture.document("text/latin1.txt")
        XCTAssertEqual(latin1.blocks.first?.text, "José Peña")
        XCTAssertEqual(latin1.warnings, [.decodedAs(.windows1252)])
    }

    func testUTF16WithoutByteOrderMarkIsRecognised() throws {
        var data = Data()
        for unit in "Ada Lovelace\nEXPERIENCE\n- Analytical engines\n".utf16 {
            data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)])
        }
        let document = try Ingestor().read(data)
        XCTAssertEqual(
            document.blocks.map(\.text), ["Ada Lovelace", "EXPERIENCE", "Analytical engines"])
        XCTAssertEqual(document.warnings, [.decodedAs(.utf16WithoutMark)])
    }

    func testBinaryAndEmptyFilesAreErrors() {
        XCTAssertEqual(Fixture.error("text/binary.txt"), .notText(.nulBytes))
        XCTAssertEqual(Fixture.error("text/empty.txt"), .empty)
        XCTAssertEqual(
            try? FormatSniffer.format(of: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A])), nil)
    }

    func testMarkdown() throws {
        let resume = try Fixture.resume("markdown/resume.md")
        XCTAssertEqual(resume.document.format, .markdown)
        let headings = resume.blocks.filter { $0.kind == .heading }
        XCTAssertEqual(
            headings.map(\.text), ["Morgan Diaz", "Experience", "Projects", "Skills", "Education"])
        XCTAssertEqual(
            headings.map(\.headingLevel), [1, 2, 2, 2, 2],
            "ATX and setext headings keep their level")
        XCTAssertEqual(
            resume.links,
            [
                Link(kind: .github, url: "https://github.com/mdperson"),
                Link(kind: .website, url: "https://mdperson.dev"),
            ])
        for markup in ["**", "`", "logo", "!["] {
            XCTAssertFalse(resume.allText.contains(markup), markup)
        }
        XCTAssertTrue(
            resume.texts(in: .experience).contains(
                "Added PostgreSQL read replicas and pgbouncer connection pooling"))
    }

    func testJSONResumeMapsStraightToSections() throws {
        let resume = try Fixture.resume("jsonresume/resume.json")
        XCTAssertEqual(resume.document.format, .jsonResume)
        XCTAssertEqual(
            resume.contact,
            Contact(
                name: "Kenji Watanabe", email: "kenji.watanabe@example.com",
                phone: "+81 90 1234 5678"))
        XCTAssertTrue(resume.links.contains(Link(kind: .github, url: "https://github.com/kenjiw")))
        XCTAssertEqual(
            resume.sectionsFound.prefix(5),
            [.contact, .summary, .experience, .projects, .education])
        XCTAssertTrue(
            resume.texts(in: .experience).contains(
                "Built a churn model in scikit-learn with 0.81 AUC"))
        XCTAssertTrue(
            resume.texts(in: .skills).contains {
                $0.contains("TensorFlow") && $0.contains("scikit-learn")
            })
        XCTAssertEqual(
            resume.blocks.map(\.line), Array(1...resume.blocks.count), "line is the entry number")
    }

    func testJSONResumeErrors() {
        XCTAssertEqual(Fixture.error("jsonresume/empty.json"), .emptyResume)
        guard case .invalidJSON(let line, let column, _) = Fixture.error("jsonresume/invalid.json")
        else {
            return XCTFail("invalid JSON must say where")
        }
        XCTAssertEqual([line, column], [4, 29])
        guard case .unsupported = Fixture.error("jsonresume/not-resume.json") else {
            return XCTFail("JSON that is not a resume is unsupported")
        }
    }
}
