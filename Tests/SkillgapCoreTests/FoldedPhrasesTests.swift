import XCTest

@testable import SkillgapCore

/// Phrases folded into flat arrays come back by group, in order, folded as the text they are compared with.
final class FoldedPhrasesTests: XCTestCase {
    func testGroupsComeBackInOrderFoldedLikeTheText() {
        let groups = [["Kaggle", "C++"], [], ["ÉCOLE Normale", "Straße", "ＰＹＴＨＯＮ"], ["x"]]
        let phrases = FoldedPhrases(groups: groups)
        for (index, group) in groups.enumerated() {
            let expected = group.map { MatchText(TextNormalizer.normalize($0)).folded }
            XCTAssertEqual(
                phrases.phrases(inGroup: index).map(Array.init), expected, "group \(index)")
        }
        XCTAssertEqual(
            phrases.phrases(inGroup: 0).map(Array.init)[1], Array("c++".unicodeScalars.map(\.value))
        )
        XCTAssertTrue(phrases.phrases(inGroup: 1).isEmpty)
    }

    func testCompiledArraysReadTheSameAsTheGroups() {
        let made = FoldedPhrases(groups: [["deep learning"], ["GPU", "CUDA"]])
        let compiled = FoldedPhrases(
            scalars: made.scalars, phraseEnds: made.phraseEnds, groupEnds: made.groupEnds)
        XCTAssertEqual(compiled, made)
        XCTAssertEqual(compiled.phraseEnds, [13, 16, 20])
        XCTAssertEqual(compiled.groupEnds, [1, 3])
        XCTAssertEqual(
            compiled.phrases(inGroup: 1).map {
                String(decoding: $0.map(UInt8.init), as: UTF8.self)
            },
            ["gpu", "cuda"])
    }
}
