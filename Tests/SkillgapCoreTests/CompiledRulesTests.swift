import Foundation
import XCTest

@testable import SkillgapCore

/// The built-in pack compiled into Swift (`CompiledRules.swift`) is the pack of the YAML beside it, and reads
/// the same as the YAML loaded now.
final class CompiledRulesTests: XCTestCase {
    func testTheCompiledRulesAreThoseOfTheYAML() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/SkillgapCore/Rules/CompiledRules.swift")
        let written = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(
            written == (try RulePackLoader.compiledSource()),
            "Rules/ changed since CompiledRules.swift was written: run `swift run rules-snapshot` and build again"
        )
        XCTAssertTrue(CompiledRules.isCurrent)
    }

    func testTheCompiledPackMatchesLikeTheYAML() throws {
        let compiled = CompiledRules.pack()
        let loaded = try RulePackLoader.load(RulePackLoader.embeddedFiles)
        XCTAssertEqual(compiled.skills, loaded.skills)
        XCTAssertEqual(compiled.roles, loaded.roles)
        XCTAssertEqual(compiled.checks, loaded.checks)
        XCTAssertEqual(compiled.postingVocabulary.examples, loaded.postingVocabulary.examples)
        XCTAssertEqual(
            compiled.vocabulary.section(for: "Relevant Coursework"),
            loaded.vocabulary.section(for: "Relevant Coursework"))
        XCTAssertTrue(compiled.isCompiled)
        let trie = RulePackLoader.compiledMatcher.trie
        XCTAssertEqual(trie.frozen, AliasTrie(skills: loaded.skills).frozen)
        XCTAssertEqual(AliasTrie(skills: loaded.skills, frozen: trie.frozen).frozen, trie.frozen)
        XCTAssertEqual(
            CompiledRules.matcherPhrases(),
            SkillMatcher.Phrases(
                skills: loaded.skills, deeds: AliasTrie(skills: loaded.skills).deeds))

        let text = """
            Jane Doe
            SKILLS
            Python, R, Go, C++, PyTorch, TensorFlow, scikit-learn, SQL, Docker, Kubernetes
            EXPERIENCE
            - Built a recommender system in PyTorch; led a team of four and presented results to stakeholders
            - Optimized PostgreSQL queries and deployed models with Docker on AWS
            """
        let document = Document(
            format: .text, pages: 1,
            blocks: text.split(separator: "\n").enumerated().map { index, line in
                Block(kind: .paragraph, text: String(line), page: 1, line: index + 1)
            })
        let resume = Sectioner(vocabulary: loaded.vocabulary).resume(from: document)
        let fromCompiled = compiled.makeMatcher().evidence(in: resume)
        XCTAssertFalse(fromCompiled.isEmpty)
        XCTAssertEqual(
            fromCompiled.map(\.skillID),
            SkillMatcher(skills: loaded.skills).evidence(in: resume).map(\.skillID))

        var changed = compiled
        changed.skills.removeLast()
        XCTAssertFalse(changed.isCompiled, "the compiled matcher does not match other skills")
    }
}
