import Foundation
import Ingest
import SkillgapCore

/// The project's own fixtures, found from this file's path so tests run from any folder.
enum Fixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    static func document(_ path: String) throws -> Document {
        try Ingestor().read(fileAt: url(path))
    }

    static func resume(_ path: String) throws -> Resume {
        Sectioner().resume(from: try document(path))
    }

    /// The error reading `path` throws, or nil when it reads.
    static func error(_ path: String) -> ExtractionError? {
        do {
            _ = try document(path)
            return nil
        } catch {
            return error as? ExtractionError
        }
    }

    /// The error reading `data` as a DOCX throws, or nil when it reads.
    static func error(of data: Data) -> ExtractionError? {
        do {
            _ = try Ingestor().read(data, as: .docx)
            return nil
        } catch {
            return error as? ExtractionError
        }
    }
}

extension Resume {
    /// The text of every block in `section`, in order.
    func texts(in section: Section) -> [String] {
        blocks.filter { $0.section == section }.map(\.text)
    }

    var allText: String { blocks.map(\.text).joined(separator: "\n") }
}
