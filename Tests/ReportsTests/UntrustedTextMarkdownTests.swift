import XCTest

@testable import Reports

/// `UntrustedText.markdown` escapes byte by byte; the scalar-by-scalar rule it replaced is the reference.
final class UntrustedTextMarkdownTests: XCTestCase {
    /// The rule as written before, one Unicode scalar at a time.
    private func reference(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&":
                output.append("\\")
                output.append(scalar)
            case "\n", "\r": output.append(" ")
            case _ where scalar.properties.generalCategory == .control: output.append("?")
            default: output.append(scalar)
            }
        }
        return String(output)
    }

    func testEscapesAsTheScalarRuleDid() {
        XCTAssertEqual(UntrustedText.markdown("Python, SQL and C++"), "Python, SQL and C++")
        XCTAssertEqual(
            UntrustedText.markdown("a_b *c* [d](e) <f> | ~g~ & `h` \\"),
            "a\\_b \\*c\\* \\[d\\](e) \\<f\\> \\| \\~g\\~ \\& \\`h\\` \\\\")
        XCTAssertEqual(
            UntrustedText.markdown("one\ntwo\rthree\u{7}\u{7F}\u{85}\u{9F}é"), "one two three????é")
        XCTAssertEqual(
            UntrustedText.markdown("\u{A0}\u{C2}\u{A9}"), "\u{A0}\u{C2}\u{A9}",
            "0xC2 that is not a C1 control")
    }

    func testRandomTextsOfEveryKindMatchTheScalarRule() {
        let pieces: [String] = [
            "a", "Z", "0", " ", "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "\n", "\r",
            "\t", "\u{0}",
            "\u{1B}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}", "\u{C2}", "é", "e\u{301}",
            "ß", "中", "👩🏽‍💻",
            "\u{200B}", "\u{FEFF}", "\u{FFFD}", "\u{2028}",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...30, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined()
            XCTAssertEqual(UntrustedText.markdown(text), reference(text), text.debugDescription)
        }
    }
}
