import SkillgapCore
import XCTest

@testable import Ingest

final class DOCXExtractorTests: XCTestCase {
    func testStylesListsTablesLinksAndTextBoxes() throws {
        let resume = try Fixture.resume("docx/resume.docx")
        XCTAssertEqual(resume.document.format, .docx)
        XCTAssertEqual(resume.contact.name, "Priya Patel")
        XCTAssertEqual(
            resume.links, [Link(kind: .github, url: "https://github.com/priyapatel")],
            "the hyperlink's target comes from the relationships part")
        let headings = resume.blocks.filter { $0.kind == .heading }.map(\.text)
        XCTAssertEqual(
            headings, ["Priya Patel", "Experience", "Projects", "Skills", "Education"],
            "Title, Heading1 and the localized 'berschrift1' style are headings")
        let items = resume.blocks.filter { $0.kind == .listItem }.map(\.text)
        XCTAssertEqual(
            items.first, "Deployed a PyTorch model to AWS SageMaker serving 1M predictions per day",
            "runs split inside a word are joined")
        XCTAssertEqual(
            resume.texts(in: .skills).filter { $0.contains("|") },
            ["Languages | Python, SQL", "Frameworks | PyTorch, scikit-learn"])
        XCTAssertEqual(
            resume.allText.components(separatedBy: "Kaggle Expert").count - 1, 1,
            "a text box stored in mc:Choice and mc:Fallback is read once")
        XCTAssertEqual(
            resume.texts(in: .education),
            ["Education", "Imperial College London, MEng Computing, 2021 - 2025"])
    }

    func testHiddenRunsAreLeftOutAndReported() throws {
        let document = try Fixture.document("docx/resume.docx")
        XCTAssertFalse(document.blocks.contains { $0.text.contains("TensorFlow") })
        XCTAssertEqual(document.hiddenText.words, 4)
        XCTAssertEqual(document.hiddenText.reasons, [.vanishedRun])
    }

    func testZipBombIsRefusedWithoutInflatingIt() {
        guard case .damaged(format: .docx, let reason) = Fixture.error("docx/zip-bomb.docx") else {
            return XCTFail("expected a damaged-DOCX error")
        }
        XCTAssertTrue(reason.contains("zip bomb"), reason)
    }

    func testExternalEntitiesAreNeverResolved() {
        do {
            let document = try Fixture.document("docx/xxe.docx")
            let text = document.blocks.map(\.text).joined(separator: " ")
            XCTAssertFalse(text.contains("root:"), "the external entity must not be read")
            XCTAssertFalse(text.contains("lollol"), "entities must not be expanded")
        } catch let error as ExtractionError {
            guard case .damaged(format: .docx, _) = error else {
                return XCTFail("unexpected \(error)")
            }
        } catch {
            XCTFail("unexpected \(error)")
        }
    }

    func testTextNamedDocxIsNotTheFormatItClaims() {
        XCTAssertEqual(
            Fixture.error("docx/not-a-zip.docx"),
            .notClaimedFormat(claimed: "docx", actual: "plain text"))
    }
}
