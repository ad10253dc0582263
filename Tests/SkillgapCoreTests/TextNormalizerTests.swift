import Foundation
import XCTest

@testable import SkillgapCore

final class TextNormalizerTests: XCTestCase {
    /// The shortcut that spares most lines Foundation's NFKC must never skip a scalar NFKC would change, in
    /// the punctuation and symbol blocks it lists by the scalar.
    func testEveryScalarLeftAloneIsOneNFKCLeavesAlone() {
        var checked = 0
        for value in UInt32(0x2000)..<0x3000 {
            guard let scalar = Unicode.Scalar(value), !TextNormalizer.mayChangeUnderNFKC(scalar)
            else {
                continue
            }
            let text = String(scalar)
            XCTAssertEqual(
                text.precomposedStringWithCompatibilityMapping, text,
                "U+\(String(value, radix: 16, uppercase: true)) changes under NFKC")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 1000)
        XCTAssertEqual(
            TextNormalizer.normalize("• Led a team – 40% faster ● ✓"),
            "• Led a team – 40% faster ● ✓")
        XCTAssertEqual(TextNormalizer.normalize("x\u{2024}y \u{2126}"), "x.y Ω")
    }

    func testLigaturesSoftHyphensAndIconGlyphsAreNormalizedAway() {
        XCTAssertEqual(TextNormalizer.normalize("ﬁne-tuned"), "fine-tuned")
        XCTAssertEqual(
            TextNormalizer.normalize("Ma\u{00AD}chine Learn\u{00AD}ing"), "Machine Learning")
        XCTAssertEqual(TextNormalizer.normalize("\u{F09B} github.com/jane"), "github.com/jane")
        XCTAssertEqual(TextNormalizer.normalize("zero\u{200B}width"), "zerowidth")
    }

    func testWhitespaceCollapses() {
        XCTAssertEqual(
            TextNormalizer.normalize("  Python,\u{00A0}\u{00A0}SQL\t and   R  "),
            "Python, SQL and R")
    }

    func testLetterSpacedNameIsRejoinedNeverReadAsSingleLetters() {
        XCTAssertEqual(TextNormalizer.normalize("J A R E D   S M I T H"), "JARED SMITH")
        XCTAssertEqual(TextNormalizer.normalize("J A R E D"), "JARED")
    }

    func testOrdinarySingleLetterWordsAreKept() {
        XCTAssertEqual(
            TextNormalizer.normalize("I built a C compiler in R"), "I built a C compiler in R")
        XCTAssertEqual(TextNormalizer.normalize("Languages: C, R, Go"), "Languages: C, R, Go")
    }

    func testControlCharactersAreRemovedFromPlainASCIITextToo() {
        // Terminal escape sequences in a resume must never reach a report printed to a terminal.
        XCTAssertEqual(
            TextNormalizer.normalize("Built a \u{1B}[31mPython\u{1B}[0m service\u{7}"),
            "Built a [31mPython[0m service")
        XCTAssertEqual(
            TextNormalizer.normalize("Title\u{1B}]0;pwned\u{7} here"), "Title]0;pwned here")
        XCTAssertEqual(TextNormalizer.normalize("a\u{0}b\u{8}c\u{7F}d"), "abcd")
    }
}
