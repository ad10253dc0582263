import Foundation
import SkillgapCore

/// The entry point of the ingestion layer: reads a file or bytes, recognises the format from the content
/// and hands the bytes to that format's extractor.
public struct Ingestor: Sendable {
    /// Inputs larger than this are refused before any parsing.
    public var maximumBytes: Int
    /// PDF pages beyond this are not analyzed.
    public var maximumPages: Int

    public init(maximumBytes: Int = 25 * 1_000_000, maximumPages: Int = 40) {
        self.maximumBytes = maximumBytes
        self.maximumPages = maximumPages
    }

    /// Reads the file at `url`. A missing or unreadable file is `ExtractionError.unreadable`.
    public func read(fileAt url: URL) throws -> Document {
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ExtractionError.unreadable(reason: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw ExtractionError.unreadable(reason: "it is a folder; name a file, or use `skillgap batch` for folders")
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumBytes {
            throw ExtractionError.tooLarge(bytes: size, limit: maximumBytes)
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ExtractionError.unreadable(reason: FileManager.default.isReadableFile(atPath: path)
                ? "read failed" : "permission denied")
        }
        return try read(data, claimedExtension: url.pathExtension.lowercased())
    }

    /// Reads bytes whose format is recognised from their content.
    /// `claimedExtension` is the file name's extension: the content decides the format, but a file named
    /// `.pdf` or `.docx` that holds text is a damaged or misnamed file, not a resume to read as text.
    public func read(_ data: Data, claimedExtension: String? = nil) throws -> Document {
        guard data.count <= maximumBytes else { throw ExtractionError.tooLarge(bytes: data.count, limit: maximumBytes) }
        let format = try FormatSniffer.format(of: data)
        if let claimed = claimedExtension, ["pdf", "docx"].contains(claimed), format != .pdf, format != .docx {
            throw ExtractionError.notClaimedFormat(claimed: claimed, actual: Self.describe(format))
        }
        return try extractor(for: format).extract(data)
    }

    private static func describe(_ format: DocumentFormat) -> String {
        switch format {
        case .pdf: "a PDF"
        case .docx: "a DOCX"
        case .html: "HTML"
        case .text: "plain text"
        case .markdown: "Markdown"
        case .jsonResume: "JSON"
        }
    }

    private func extractor(for format: DocumentFormat) -> any Extractor {
        switch format {
        case .pdf: PDFExtractor(maximumPages: maximumPages)
        case .html: HTMLExtractor()
        case .text: TextExtractor()
        case .docx: DOCXExtractor()
        case .markdown: MarkdownExtractor()
        case .jsonResume: JSONResumeExtractor()
        }
    }
}
