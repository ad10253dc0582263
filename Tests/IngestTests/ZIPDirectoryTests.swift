import Foundation
import SkillgapCore
import XCTest

@testable import Ingest

/// The ZIP reader behind DOCX: every offset and size is checked against the bytes, and an entry whose bytes
/// run out is damaged at once (ZIPFoundation's own decoder looped forever on such entries).
final class ZIPDirectoryTests: XCTestCase {
    private let docx = try! Data(contentsOf: Fixture.url("docx/resume.docx"))

    private func reason(_ data: Data) -> String? {
        do {
            _ = try Ingestor().read(data, as: .docx)
            return nil
        } catch let ExtractionError.damaged(_, reason) {
            return reason
        } catch {
            return "\(error)"
        }
    }

    func testEntriesInflateToWhatPythonWrote() throws {
        let archive = try ZIPDirectory(docx)
        let entry = try XCTUnwrap(archive["word/document.xml"])
        var body = Data()
        try archive.contents(of: entry) { body.append($0) }
        XCTAssertEqual(body.count, entry.uncompressedSize)
        XCTAssertTrue(String(decoding: body, as: UTF8.self).contains("Priya Patel"))
        XCTAssertNil(archive["word/missing.xml"])
    }

    func testATruncatedArchiveIsDamagedWhereverItIsCut() throws {
        // Every cut either loses the directory or an entry's bytes; none may trap, loop or read past the end.
        for length in stride(from: 0, to: docx.count, by: 97) {
            guard case .damaged(format: .docx, _) = Fixture.error(of: docx.prefix(length)) else {
                XCTFail(
                    "a cut at \(length) bytes is not a damaged DOCX: \(String(describing: Fixture.error(of: docx.prefix(length))))"
                )
                continue
            }
        }
    }

    func testADeflateStreamThatNeverEndsIsDamagedAtOnce() throws {
        let archive = try ZIPDirectory(docx)
        let entry = try XCTUnwrap(archive["word/document.xml"])
        // Declare the compressed data one third as long as it is, in the central directory and nothing else:
        // the stream cannot end within it.
        var shortened = docx
        let directoryEntry =
            try XCTUnwrap(shortened.range(of: Data("word/document.xml".utf8), options: .backwards))
            .lowerBound - 46
        let short = UInt32(entry.compressedSize / 3)
        for byte in 0..<4 {
            shortened[directoryEntry + 20 + byte] = UInt8(
                truncatingIfNeeded: short >> (8 * UInt32(byte)))
        }
        let start = Date()
        XCTAssertEqual(reason(shortened), "word/document.xml is cut short")
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
    }

    func testAChangedByteFailsTheChecksum() throws {
        var flipped = docx
        // A byte inside the stored checksum of the directory entry: the data inflates, the checksum differs.
        let directoryEntry =
            try XCTUnwrap(flipped.range(of: Data("word/document.xml".utf8), options: .backwards))
            .lowerBound - 46
        flipped[directoryEntry + 16] ^= 0xFF
        XCTAssertEqual(reason(flipped), "word/document.xml fails its checksum")
    }
}
