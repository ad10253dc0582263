import SkillgapCore
import XCTest

@testable import Ingest

final class PDFExtractorTests: XCTestCase {
    func testOneColumnResumeReadsSectionsContactAndLinks() throws {
        let resume = try Fixture.resume("pdf/one-column.pdf")
        XCTAssertEqual(resume.document.format, .pdf)
        XCTAssertEqual(resume.document.pages, 2)
        XCTAssertEqual(resume.document.layout, .oneColumn)
        XCTAssertEqual(
            resume.contact,
            Contact(name: "Julia Chen", email: "julia.chen@example.com", phone: "+1 (555) 123-4567")
        )
        XCTAssertEqual(resume.links, [Link(kind: .github, url: "https://github.com/juliachen")])
        XCTAssertEqual(
            resume.sectionsFound, [.contact, .education, .experience, .projects, .skills, .awards])
        XCTAssertTrue(resume.texts(in: .skills).contains("Languages: Python, R, SQL, Julia"))
        let skillsBlock = try XCTUnwrap(resume.blocks.first { $0.text.hasPrefix("Languages:") })
        XCTAssertEqual(skillsBlock.page, 2)
    }

    func testHeadingsCarryFontHints() throws {
        let resume = try Fixture.resume("pdf/one-column.pdf")
        let heading = try XCTUnwrap(resume.blocks.first { $0.text == "EXPERIENCE" })
        XCTAssertEqual(heading.kind, .heading)
        XCTAssertEqual(heading.font?.bold, true)
        let body = try XCTUnwrap(resume.blocks.first { $0.text.hasPrefix("Built a churn model") })
        XCTAssertEqual(body.kind, .listItem)
        XCTAssertLessThan(body.font?.size ?? 99, heading.font?.size ?? 0)
    }

    func testWrappedBulletIsOneItemAndLigatureIsNormalized() throws {
        let resume = try Fixture.resume("pdf/one-column.pdf")
        let items = resume.blocks.filter { $0.kind == .listItem }.map(\.text)
        XCTAssertTrue(
            items.contains {
                $0.hasPrefix("Automated weekly KPI reporting") && $0.hasSuffix("per week")
            },
            "the wrapped line joins its bullet: \(items)")
        XCTAssertTrue(resume.allText.contains("fine-tuned a BERT model"))
        XCTAssertFalse(resume.allText.contains("\u{FB01}"))
    }

    func testRightAlignedDateStaysOnItsTitleLine() throws {
        let resume = try Fixture.resume("pdf/one-column.pdf")
        XCTAssertTrue(
            resume.texts(in: .experience).contains(
                "Data Science Intern, Acme Analytics Jun 2025 - Aug 2025"))
    }

    func testTwoColumnPageIsReadColumnByColumn() throws {
        let resume = try Fixture.resume("pdf/two-column.pdf")
        XCTAssertEqual(resume.document.layout, .twoColumns)
        let texts = resume.blocks.map(\.text)
        let left = [
            "SKILLS", "Python", "SQL", "Docker", "Kubernetes", "EDUCATION", "State University",
            "M.S. Data Science 2025", "LINKS", "linkedin.com/in/ravikumar",
        ]
        let leftIndices = left.compactMap { texts.firstIndex(of: $0) }
        XCTAssertEqual(leftIndices.count, left.count, "every left-column line is read: \(texts)")
        XCTAssertEqual(leftIndices, leftIndices.sorted(), "left column in order")
        let experience = try XCTUnwrap(texts.firstIndex(of: "EXPERIENCE"))
        XCTAssertGreaterThan(
            experience, leftIndices.max()!, "the right column comes after the whole left column")
        XCTAssertLessThan(
            try XCTUnwrap(texts.firstIndex(of: "Ravi Kumar")), leftIndices.min()!,
            "the header comes first")
        XCTAssertEqual(
            resume.texts(in: .skills), ["SKILLS", "Python", "SQL", "Docker", "Kubernetes"])
    }

    func testAColumnThatStartsHigherKeepsItsHeadingAndALongLineItsColumn() throws {
        let resume = try Fixture.resume("pdf/two-column-offset.pdf")
        XCTAssertEqual(resume.document.layout, .twoColumns)
        let texts = resume.blocks.map(\.text)
        let order = [
            "Lena Ortiz", "SKILLS", "Python", "EDUCATION", "Rowan University",
            "B.S. Computer Engineering",
            "EXPERIENCE", "Perception Intern, Orbit Robotics", "PROJECTS",
        ].map { texts.firstIndex(of: $0) }
        XCTAssertFalse(order.contains(nil), "every line is a block of its own: \(texts)")
        XCTAssertEqual(
            order, order.sorted { ($0 ?? 0) < ($1 ?? 0) },
            "header, left column, right column: \(texts)")
        XCTAssertEqual(resume.contact.name, "Lena Ortiz")
        XCTAssertEqual(
            resume.texts(in: .education),
            ["EDUCATION", "Rowan University", "B.S. Computer Engineering"])
    }

    func testHiddenTextIsLeftOutAndReported() throws {
        let document = try Fixture.document("pdf/hidden-text.pdf")
        let text = document.blocks.map(\.text).joined(separator: " ")
        for stuffed in ["TensorFlow", "PyTorch", "Kubernetes", "Hadoop", "Scala"] {
            XCTAssertFalse(text.contains(stuffed), "\(stuffed) is hidden and must not be analyzed")
        }
        XCTAssertTrue(
            text.contains("Sam Lee Portfolio Band"), "white text on a dark band is visible")
        XCTAssertEqual(document.hiddenText.words, 6)
        XCTAssertEqual(Set(document.hiddenText.reasons), [.whiteText, .tinyText(belowPoints: 4)])
        XCTAssertEqual(document.warnings.last, .hiddenText(document.hiddenText))
    }

    func testLetterSpacedNameIsRejoined() throws {
        let resume = try Fixture.resume("pdf/letter-spaced.pdf")
        XCTAssertEqual(resume.contact.name, "JARED SMITH")
        XCTAssertFalse(resume.allText.contains("J A R E D"))
    }

    func testBrokenPDFsAreClearErrors() {
        XCTAssertEqual(Fixture.error("pdf/encrypted.pdf"), .encrypted)
        XCTAssertEqual(Fixture.error("pdf/image-only.pdf"), .noTextLayer)
        guard case .damaged(format: .pdf, _) = Fixture.error("pdf/truncated.pdf") else {
            return XCTFail(
                "a truncated PDF is damaged, got \(String(describing: Fixture.error("pdf/truncated.pdf")))"
            )
        }
    }

    func testPageLimitAnalyzesTheFirstPagesWithAWarning() throws {
        let document = try Ingestor(maximumPages: 1).read(fileAt: Fixture.url("pdf/one-column.pdf"))
        XCTAssertEqual(document.pages, 2)
        XCTAssertEqual(Set(document.blocks.map(\.page)), [1])
        XCTAssertTrue(document.warnings.contains(.pagesLimited(analyzed: 1, of: 2)))
    }

    func testBoldFontNames() {
        XCTAssertTrue(PDFPageReader.isBoldFont("ABCDEF+Lato-Bold"))
        XCTAssertTrue(PDFPageReader.isBoldFont("CMBX10"))
        XCTAssertTrue(PDFPageReader.isBoldFont("Montserrat-SemiBold"))
        XCTAssertFalse(PDFPageReader.isBoldFont("Roboto-Regular"))
        XCTAssertTrue(PDFPageReader.isIconFont("ANKNIR+FontAwesome5Free-Solid"))
    }
}
