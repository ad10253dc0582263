import XCTest

@testable import SkillgapCore

final class ContactFinderTests: XCTestCase {
    private let finder = ContactFinder()

    private func blocks(_ lines: String...) -> [Block] {
        lines.enumerated().map { Block(kind: .paragraph, text: $0.element, line: $0.offset + 1) }
    }

    func testFindsNameEmailAndPhone() {
        let contact = finder.contact(
            in: blocks("Julia Chen", "julia.chen@example.com | +1 (555) 123-4567"))
        XCTAssertEqual(
            contact,
            Contact(name: "Julia Chen", email: "julia.chen@example.com", phone: "+1 (555) 123-4567")
        )
    }

    func testYearRangesAreNotPhoneNumbers() {
        XCTAssertNil(ContactFinder.phoneNumber(in: "University of Example 2016 - 2020"))
        XCTAssertNil(ContactFinder.phoneNumber(in: "2019.01 - 2020.05"))
        XCTAssertEqual(ContactFinder.phoneNumber(in: "Phone: 607.379.5733"), "607.379.5733")
    }

    func testNameSkipsResumeTitleAndContactLines() {
        let contact = finder.contact(
            in: blocks("Curriculum Vitae", "Ravi Kumar - Data Scientist", "ravi@example.com"))
        XCTAssertEqual(contact.name, "Ravi Kumar")
    }

    func testLinksAreClassifiedAndSchemelessURLsFound() {
        let links = finder.links(
            in: blocks(
                "github.com/jane · linkedin.com/in/jane · jane.dev",
                "kaggle.com/jane huggingface.co/jane",
                "Built with Node.js and ASP.NET; mail jane@school.edu"),
            targets: ["https://gitlab.com/jane", "mailto:jane@school.edu"])
        XCTAssertEqual(
            links.map(\.kind), [.gitlab, .github, .linkedin, .website, .kaggle, .huggingface])
        XCTAssertEqual(links[1].url, "https://github.com/jane")
        XCTAssertFalse(
            links.contains { $0.url.contains("school.edu") }, "an email's domain is not a website")
    }

    func testDuplicateLinksAreListedOnce() {
        let links = finder.links(
            in: blocks("github.com/jane"), targets: ["https://github.com/jane/"])
        XCTAssertEqual(links.count, 1)
    }
}
