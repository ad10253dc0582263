import Foundation
import Ingest
import SkillgapCore

/// Reads job postings with the same formats and limits as resumes, leaving out a saved web page's navigation,
/// footers, side panels and cookie banners.
public struct PostingSource: Sendable {
    private let documents: ResumeReader
    private let reader: PostingReader

    public init(pack: RulePack, ingestor: Ingestor = Ingestor()) {
        var ingestor = ingestor
        ingestor.skipsPageChrome = true
        documents = ResumeReader(vocabulary: pack.vocabulary, ingestor: ingestor)
        reader = PostingReader(pack: pack)
    }

    /// The posting in the input. Throws `ExtractionError` when the file cannot be read.
    public func posting(from input: AnalysisInput) throws -> Posting {
        reader.posting(from: try documents.document(from: input))
    }
}
