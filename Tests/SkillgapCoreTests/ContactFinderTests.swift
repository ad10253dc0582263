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

    func testANameIsAPersonsNameOrNothing() {
        let notNames = [
            ["Professional Summary", "Results-driven accountant with nine years in audit."],
            ["EXECUTIVE CHEF", "Career Overview", "Seasoned chef with a passion for seafood."],
            ["Microsoft Word", "Working Experiences"], ["Warren Ave.", "Chicago, IL"],
            ["University of Missouri", "Core Strengths"], ["EPAM Systems Berlin"],
            ["Phone Number", "555 123 4567"], ["First Name Last Name"], ["San Mateo, CA"],
            ["Huntington Beach"], ["Cassin XXXX"],
        ]
        for lines in notNames {
            XCTAssertNil(
                finder.name(in: lines.map { Block(kind: .paragraph, text: $0, line: 1) }),
                "\(lines)")
        }
    }

    func testNamesOfEveryShape() {
        let heading = { (text: String) in Block(kind: .heading, text: text, line: 1) }
        XCTAssertEqual(
            finder.name(in: [heading("A DNAN A MAN")]), "ADNAN AMAN", "small caps rejoined")
        XCTAssertEqual(
            finder.name(in: blocks("Senior Data Scientist", "Priya Raman", "priya@example.com")),
            "Priya Raman", "a headline before the name")
        XCTAssertEqual(
            finder.name(in: [heading("Suharto"), heading("Jakarta")]), "Suharto Jakarta")
        XCTAssertEqual(
            finder.name(in: [heading("Suharto")]), "Suharto", "a mononym as the opening heading")
        XCTAssertNil(finder.name(in: blocks("Suharto")), "one plain word is not enough")
        XCTAssertNil(finder.name(in: [heading("ADVOCATE")]), "one word in capitals is a job title")
        XCTAssertEqual(finder.name(in: blocks("张伟", "zhang.wei@example.com")), "张伟")
        XCTAssertNil(finder.name(in: blocks("个人简历", "求职意向")), "a resume's title is not a name")
        XCTAssertEqual(finder.name(in: blocks("Иван Петров", "Data Engineer")), "Иван Петров")
        XCTAssertEqual(
            finder.name(in: blocks("Anatolii Zubkov Email : x@example.com")), "Anatolii Zubkov")
        XCTAssertEqual(
            finder.name(in: blocks("<label type=\"Name\">Cayla Hauck</label>")), "Cayla Hauck")
        XCTAssertEqual(finder.name(in: blocks("Maria de la Cruz")), "Maria de la Cruz")
        XCTAssertEqual(finder.name(in: blocks("RESUME OF Darell Cormier")), "Darell Cormier")
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
