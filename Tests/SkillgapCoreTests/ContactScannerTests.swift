import Foundation
import XCTest

@testable import SkillgapCore

/// The contact scanner finds what the regular expressions it replaced find: the same first email address and
/// the same phone-number runs, on known lines and on thousands of random ones.
final class ContactScannerTests: XCTestCase {
    private let email = try! NSRegularExpression(
        pattern:
            #"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"#
    )
    private let phone = try! NSRegularExpression(
        pattern: #"(?<![\w/])\+?\(?\d[\d ().\-]{7,18}\d(?![\w/])"#)

    private func regexEmail(_ text: String) -> String? {
        email.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
            .flatMap { Range($0.range, in: text) }.map { String(text[$0]) }
    }

    private func regexPhones(_ text: String) -> [String] {
        phone.matches(in: text, range: NSRange(text.startIndex..., in: text))
            .compactMap { Range($0.range, in: text) }.map { String(text[$0]) }
    }

    func testKnownLines() {
        let lines = [
            "jane.doe+cv@mail.example.co.uk | +1 (555) 123-4567", "Email: a@b.com.", "x@y.c1",
            "a@b.com1x",
            "über.jane@mail.de", "%jane@x.io", "mail: -jane@site.org", "@twitter", "a@b..com",
            "tel 2016 - 2020",
            "+44 20 7946 0958 / 07700 900123", "call 555.123.4567x", "ref 12345678901234567890 end",
            "(555) 123 4567", "١٢٣٤٥٦٧٨٩٠١", "id/5551234567", "jane_doe@gmail.com, john@doe.dev",
        ]
        for line in lines {
            XCTAssertEqual(ContactScanner.firstEmail(in: line), regexEmail(line), line)
            XCTAssertEqual(ContactScanner.phoneCandidates(in: line), regexPhones(line), line)
        }
        XCTAssertEqual(
            ContactScanner.firstEmail(in: "Jane Doe · jane@doe.dev · github.com/jane"),
            "jane@doe.dev")
    }

    func testRandomLinesAgreeWithTheRegularExpressions() {
        // Pieces of addresses, numbers and their near misses, in other scripts too, joined at random.
        let pieces = [
            "jane", "a.b", "@", "@", "x.com", "mail.co", ".uk", "co", "c1", "-", " ", ".", "+44",
            "(555)", "123",
            "4567", "020", "7946", "/", "é", "中", "١٢٣", "_", "%", "+", "..", "(", ")", "2016",
            " - ", "x",
        ]
        var seed: UInt64 = 0x5EED
        func next() -> Int {
            // A fixed sequence, so a failure can be repeated.
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33)
        }
        var emails = 0
        var phones = 0
        for _ in 0..<20_000 {
            let line = (0..<(1 + next() % 10)).map { _ in pieces[next() % pieces.count] }.joined()
            XCTAssertEqual(ContactScanner.firstEmail(in: line), regexEmail(line), line)
            XCTAssertEqual(ContactScanner.phoneCandidates(in: line), regexPhones(line), line)
            if regexEmail(line) != nil { emails += 1 }
            phones += regexPhones(line).count
        }
        // The lines must hold enough of both for the comparison to mean something.
        XCTAssertGreaterThan(emails, 100)
        XCTAssertGreaterThan(phones, 100)
    }
}
