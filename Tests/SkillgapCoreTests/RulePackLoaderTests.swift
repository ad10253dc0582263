import XCTest

@testable import SkillgapCore

final class RulePackLoaderTests: XCTestCase {
    private let skills = """
        skills:
          - id: python
            name: Python
            category: language
            examples:
              match: ["Built ETL jobs in Python"]
          - id: r
            name: R
            category: language
            ambiguous: [R]
            context: [RStudio]
            examples:
              match: ["Skills: R"]
              no-match: ["R&D team"]
        """

    private func load(_ files: [(String, String)]) throws -> RulePack {
        try RulePackLoader.load(files.map { RulePackLoader.File(name: $0.0, text: $0.1) })
    }

    private func error(
        _ files: [(String, String)], file: StaticString = #filePath, line: UInt = #line
    ) -> RuleFileError? {
        do {
            _ = try load(files)
            XCTFail("expected a rule file error", file: file, line: line)
            return nil
        } catch let error as RuleFileError {
            return error
        } catch {
            XCTFail("unexpected \(error)", file: file, line: line)
            return nil
        }
    }

    func testBuiltInRulesLoadAndEveryExamplePasses() throws {
        let pack = try RulePackLoader.builtIn()
        XCTAssertGreaterThanOrEqual(pack.skills.count, 200)
        XCTAssertEqual(pack.defaultRole?.id, "ml-engineer-intern")
        XCTAssertFalse(pack.checks.isEmpty)
        let failures = RuleExampleChecker(pack: pack).failures()
        XCTAssertTrue(failures.isEmpty, failures.map(\.description).joined(separator: "\n"))
        XCTAssertFalse(pack.postingVocabulary.examples.isEmpty)
        XCTAssertEqual(
            pack.postingVocabulary.failures(), [],
            "every posting heading and cue example reads as it says")
    }

    func testUnknownKeyPointsAtTheLineWithASuggestion() throws {
        let broken = skills.replacingOccurrences(
            of: "    ambiguous: [R]", with: "    ambigous: [R]")
        let error = try XCTUnwrap(self.error([("skills/a.yaml", broken)]))
        XCTAssertEqual(error.file, "skills/a.yaml")
        XCTAssertEqual(error.line, 10)
        XCTAssertEqual(error.column, 5)
        XCTAssertEqual(error.message, "unknown key 'ambigous' in a skill")
        XCTAssertEqual(error.hint, "did you mean 'ambiguous'?")
        XCTAssertTrue(
            error.description.hasPrefix(
                "skills/a.yaml:10:5: error: unknown key 'ambigous' in a skill\n  10 |     ambigous: [R]"
            ))
    }

    func testWrongTypesAndBadValues() throws {
        let listAsString = skills.replacingOccurrences(
            of: "    context: [RStudio]", with: "    context: RStudio")
        XCTAssertEqual(error([("a.yaml", listAsString)])?.message, "'context' must be a list")
        let badCategory = skills.replacingOccurrences(
            of: "category: language\n    ambiguous", with: "category: langauge\n    ambiguous")
        let categoryError = try XCTUnwrap(error([("a.yaml", badCategory)]))
        XCTAssertEqual(categoryError.message, "'langauge' is not a valid category")
        XCTAssertEqual(categoryError.line, 9)
        let badID = skills.replacingOccurrences(of: "id: python", with: "id: Python_3")
        XCTAssertEqual(error([("a.yaml", badID)])?.message, "'Python_3' is not a valid skill id")
        let noContext = skills.replacingOccurrences(of: "    context: [RStudio]\n", with: "")
        XCTAssertEqual(
            error([("a.yaml", noContext)])?.message,
            "skill 'r' has ambiguous aliases but no 'context'")
    }

    func testDeedsNeedVerbsAndObjects() throws {
        let withDeed = skills.replacingOccurrences(
            of:
                "    category: language\n    examples:\n      match: [\"Built ETL jobs in Python\"]",
            with: """
                    category: language
                    deeds:
                      - {verbs: [scripted], objects: [jobs, reports]}
                    examples:
                      match: ["Scripted the nightly jobs"]
                """)
        XCTAssertNotEqual(withDeed, skills)
        let python = try XCTUnwrap(load([("a.yaml", withDeed)]).skill("python"))
        XCTAssertEqual(
            python.deeds, [SkillDeed(verbs: ["scripted"], objects: ["jobs", "reports"])])
        let noObjects = withDeed.replacingOccurrences(
            of: "objects: [jobs, reports]", with: "objects: []")
        XCTAssertEqual(
            error([("a.yaml", noObjects)])?.message, "a deed needs at least one of its 'objects'")
        let misspelt = withDeed.replacingOccurrences(of: "objects:", with: "object:")
        XCTAssertNotNil(error([("a.yaml", misspelt)]), "an unknown key in a deed is an error")
    }

    func testImplicationsNameKnownSkillsAndNeverLoop() throws {
        let implying = skills.replacingOccurrences(
            of: "    ambiguous: [R]", with: "    implies: [python]\n    ambiguous: [R]")
        XCTAssertEqual(try load([("a.yaml", implying)]).skill("r")?.implies, ["python"])
        let unknown = skills.replacingOccurrences(
            of: "    ambiguous: [R]", with: "    implies: [pyhton]\n    ambiguous: [R]")
        XCTAssertEqual(
            error([("a.yaml", unknown)])?.message, "skill 'r' implies an unknown skill 'pyhton'")
        let loop = implying.replacingOccurrences(
            of:
                "    category: language\n    examples:\n      match: [\"Built ETL jobs in Python\"]",
            with:
                "    category: language\n    implies: [r]\n    examples:\n      match: [\"Built ETL jobs in Python\"]"
        )
        XCTAssertNotEqual(loop, implying)
        XCTAssertTrue(error([("a.yaml", loop)])?.message.contains("implies itself") ?? false)
    }

    func testDuplicatesAcrossFiles() throws {
        let duplicate = """
            skills:
              - id: python
                name: Python 3
                category: language
                examples:
                  match: ["Python 3"]
            """
        let idError = try XCTUnwrap(error([("a.yaml", skills), ("b.yaml", duplicate)]))
        XCTAssertEqual(idError.message, "duplicate skill id 'python'")
        XCTAssertEqual(idError.file, "b.yaml")
        XCTAssertEqual(idError.hint, "it is first defined at a.yaml:2:5")
        let sharedAlias = duplicate.replacingOccurrences(of: "id: python", with: "id: python3")
            .replacingOccurrences(
                of: "name: Python 3", with: "name: Python 3\n    aliases: [python]")
        XCTAssertEqual(
            error([("a.yaml", skills), ("b.yaml", sharedAlias)])?.message,
            "alias 'python' of skill 'python3' is already claimed by 'python'")
    }

    func testRoleWithUnknownSkillOrBadRequirement() throws {
        let role = """
            id: tiny
            title: Tiny role
            version: "1"
            requirements:
              - id: lang
                title: A language
                level: must
                weight: 10
                any: [python, pyhton]
                advice: Learn Python.
            """
        let unknown = try XCTUnwrap(error([("skills.yaml", skills), ("roles/tiny.yaml", role)]))
        XCTAssertEqual(unknown.message, "unknown skill id 'pyhton' in requirement 'lang'")
        XCTAssertEqual([unknown.line, unknown.column], [9, 19])
        XCTAssertEqual(
            unknown.hint, "did you mean 'python'? (`skillgap rules list` shows every skill)")
        let badLevel = role.replacingOccurrences(of: ", pyhton", with: "").replacingOccurrences(
            of: "level: must", with: "level: required")
        XCTAssertEqual(
            error([("skills.yaml", skills), ("roles/tiny.yaml", badLevel)])?.hint,
            "use one of: must, should, nice")
        let tooMany = role.replacingOccurrences(of: ", pyhton", with: "").replacingOccurrences(
            of: "weight: 10", with: "weight: 10\n    min: 3")
        XCTAssertEqual(
            error([("skills.yaml", skills), ("roles/tiny.yaml", tooMany)])?.message,
            "'min' must be between 1 and the 1 skills listed")
        let good = try load([
            ("skills.yaml", skills),
            ("roles/tiny.yaml", role.replacingOccurrences(of: ", pyhton", with: "")),
        ])
        XCTAssertEqual(good.role("tiny")?.requirements.first?.skills, ["python"])
    }

    func testChecksAreValidatedByKind() throws {
        let checks = """
            checks:
              - id: email
                kind: contact
                field: email
                level: error
                message: Add an email.
                require: [skills]
            """
        let error = try XCTUnwrap(self.error([("checks.yaml", checks)]))
        XCTAssertEqual(error.message, "unknown key 'require' in a 'contact' check")
        XCTAssertEqual(error.line, 7)
        let unknownKind = checks.replacingOccurrences(of: "kind: contact", with: "kind: contacts")
        XCTAssertEqual(
            self.error([("checks.yaml", unknownKind)])?.message, "unknown check kind 'contacts'")
    }

    func testInvalidYAMLAndAliasBombsAreRefused() throws {
        let syntax = try XCTUnwrap(error([("a.yaml", "skills:\n  - id: [python\n")]))
        XCTAssertTrue(syntax.message.hasPrefix("invalid YAML"), syntax.message)
        XCTAssertNotNil(syntax.line)
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            bomb +=
                "\(Character(UnicodeScalar(97 + level)!)): &\(Character(UnicodeScalar(97 + level)!)) ["
                + Array(repeating: "*\(Character(UnicodeScalar(96 + level)!))", count: 10).joined(
                    separator: ", ") + "]\n"
        }
        let bombError = try XCTUnwrap(error([("bomb.yaml", bomb)]))
        XCTAssertTrue(bombError.message.contains("alias bomb"), bombError.message)
        let huge = "skills: []\n# " + String(repeating: "x", count: 2_100_000)
        XCTAssertTrue(
            try XCTUnwrap(error([("huge.yaml", huge)])).message.contains("limited to 2 MB"))
    }
}
