import Foundation
import XCTest

@testable import Store

/// The results store: a row per file and target, replaced when the file is scored again, kept across opens,
/// and a file that is not a store refused with a message, never changed.
final class ResultStoreTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skillgap-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func result(_ path: String, score: Int?, hash: String = "h1") -> StoredResult {
        StoredResult(
            path: path, target: "role:ml", contentHash: hash, skillgapVersion: "0.1.0",
            rulesVersion: "r1", status: score == nil ? "failed" : "scored", score: score,
            mustHavesMet: 2, mustHavesTotal: 4, json: #"{"file":"\#(path)"}"#)
    }

    func testResultsAreKeptReplacedAndReadBack() throws {
        let path = folder.appendingPathComponent("results.db").path
        do {
            let store = try ResultStore(path: path)
            try store.save(result("a.pdf", score: 40))
            try store.save(result("b.pdf", score: nil))
            try store.save(result("a.pdf", score: 70, hash: "h2"))
        }
        let store = try ResultStore(path: path)
        let results = try store.results(target: "role:ml")
        XCTAssertEqual(
            results, [result("a.pdf", score: 70, hash: "h2"), result("b.pdf", score: nil)])
        XCTAssertEqual(try store.results(target: "role:ml").first?.versions.contentHash, "h2")
        XCTAssertEqual(try store.results(target: "role:other"), [])
        XCTAssertEqual(try store.targets().map(\.target), ["role:ml"])
        XCTAssertEqual(try store.targets().map(\.files), [2])
    }

    func testTextWithQuotesAndNewlinesIsStoredAsItIs() throws {
        let store = try ResultStore(path: folder.appendingPathComponent("r.db").path)
        var odd = result("it's \"odd\";\n DROP TABLE results; --.pdf", score: 1)
        odd.json = "{\"q\":\"'); DELETE FROM results; --\"}"
        try store.save(odd)
        XCTAssertEqual(try store.results(target: "role:ml"), [odd])
    }

    func testAFileThatIsNotAStoreIsRefusedAndLeftAlone() throws {
        let text = folder.appendingPathComponent("notes.db")
        let content = Data(String(repeating: "not a database\n", count: 100).utf8)
        try content.write(to: text)
        XCTAssertThrowsError(try ResultStore(path: text.path)) { error in
            guard case StoreError.notAStore = error else { return XCTFail("\(error)") }
            XCTAssertTrue("\(error)".contains("not a skillgap results store"), "\(error)")
        }
        XCTAssertEqual(try Data(contentsOf: text), content, "the file is unchanged")
    }

    func testAMissingFolderSaysSo() {
        let path = folder.appendingPathComponent("no/such/folder/results.db").path
        XCTAssertThrowsError(try ResultStore(path: path)) { error in
            guard case StoreError.cannotOpen = error else { return XCTFail("\(error)") }
        }
    }
}
