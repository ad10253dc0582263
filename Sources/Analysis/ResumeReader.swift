import Foundation
import Ingest
import SkillgapCore

/// The reading half of the pipeline: input → `Document` → `Resume`, each block in its section, with the
/// contact details and links found.
public struct ResumeReader: Sendable {
    public let ingestor: Ingestor
    private let sectioner: Sectioner

    public init(vocabulary: HeadingVocabulary = .standard, ingestor: Ingestor = Ingestor()) {
        self.ingestor = ingestor
        self.sectioner = Sectioner(vocabulary: vocabulary)
    }

    /// What the extractor for the input's format reads from it. Throws `ExtractionError`.
    public func document(from input: AnalysisInput) throws -> Document {
        do {
            switch input {
            case .file(let path): return try ingestor.read(fileAt: URL(fileURLWithPath: path))
            case .standardInput: return try ingestor.read(from: FileHandle.standardInput)
            case .bytes(let data, let claimedExtension):
                return try ingestor.read(data, claimedExtension: claimedExtension)
            }
        } catch let error as ExtractionError {
            throw error
        } catch {
            // The ingestor throws nothing else; a stray error still names its cause instead of vanishing.
            throw ExtractionError.unreadable(.readFailed(detail: "\(error)"))
        }
    }

    /// The resume in the input.
    public func resume(from input: AnalysisInput) throws -> Resume {
        resume(from: try document(from: input))
    }

    /// The resume a document holds.
    public func resume(from document: Document) -> Resume {
        sectioner.resume(from: document)
    }
}
