import Foundation
import SkillgapCore

/// The entry point of the ingestion layer: reads a file or bytes, recognises the format from the content
/// and hands the bytes to that format's extractor.
public struct Ingestor: Sendable {
    /// Inputs larger than this are refused before any parsing.
    public var maximumBytes: Int
    /// PDF pages beyond this are not analyzed.
    public var maximumPages: Int
    /// The most a DOCX part may expand to when decompressed, in bytes.
    public var maximumUnzippedBytes: Int
    /// The most characters of text analyzed; the rest is left out with a warning.
    public var maximumCharacters: Int
    /// The most a DOCX part may expand relative to its compressed size (zip bombs).
    public var maximumCompressionRatio: Int
    /// How deeply HTML elements and JSON arrays and objects may nest.
    public var maximumDepth: Int
    /// HTML elements read (the rest is left out with a warning; four times as many XML elements of a DOCX,
    /// whose markup is wordier) and JSON values allowed (more is an error).
    public var maximumElements: Int
    /// Leave out a web page's navigation, footers, side panels and cookie banners (job postings saved from a
    /// board); resumes keep them.
    public var skipsPageChrome = false

    public init(
        maximumBytes: Int = 25 * 1_000_000, maximumPages: Int = 40,
        maximumUnzippedBytes: Int = 64 * 1_000_000,
        maximumCharacters: Int = 200_000, maximumCompressionRatio: Int = 200,
        maximumDepth: Int = 256,
        maximumElements: Int = 50_000
    ) {
        self.maximumBytes = maximumBytes
        self.maximumPages = maximumPages
        self.maximumUnzippedBytes = maximumUnzippedBytes
        self.maximumCharacters = maximumCharacters
        self.maximumCompressionRatio = maximumCompressionRatio
        self.maximumDepth = maximumDepth
        self.maximumElements = maximumElements
    }

    /// An ingestor that keeps to `limits`.
    public init(limits: IngestLimits) {
        self.init(
            maximumBytes: limits.maximumBytes, maximumPages: limits.maximumPages,
            maximumUnzippedBytes: limits.maximumUnzippedBytes,
            maximumCharacters: limits.maximumCharacters,
            maximumCompressionRatio: limits.maximumCompressionRatio,
            maximumDepth: limits.maximumDepth,
            maximumElements: limits.maximumElements)
    }

    /// Reads the file at `url`. A missing or unreadable file is `ExtractionError.unreadable`.
    public func read(fileAt url: URL) throws -> Document {
        let path = url.path
        // One stat(2) answers whether the file exists, what it is and how big: FileManager's attributes would also
        // look up the owner's and group's names through NSS, and box each answer in an NSNumber.
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == EACCES { throw ExtractionError.unreadable(.permissionDenied) }
            // Swift reads a name that is not UTF-8 (a Latin-1 name from an old archive) with U+FFFD in it, and
            // that name does not open.
            throw ExtractionError.unreadable(path.contains("\u{FFFD}") ? .nameNotUTF8 : .noSuchFile)
        }
        let kind = status.st_mode & S_IFMT
        guard kind != S_IFDIR else {
            throw ExtractionError.unreadable(.isFolder)
        }
        if kind != S_IFREG {
            // A pipe (`<(...)`, a FIFO) or a device: its size is unknown until it is read.
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw Self.unreadable(path)
            }
            defer { try? handle.close() }
            return try read(from: handle, claimedExtension: url.pathExtension.lowercased())
        }
        if status.st_size > maximumBytes {
            throw ExtractionError.tooLarge(bytes: Int(status.st_size), limit: maximumBytes)
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw Self.unreadable(path)
        }
        return try read(data, claimedExtension: url.pathExtension.lowercased())
    }

    /// Why a file that exists could not be opened or read.
    private static func unreadable(_ path: String) -> ExtractionError {
        .unreadable(
            FileManager.default.isReadableFile(atPath: path)
                ? .readFailed(detail: nil) : .permissionDenied)
    }

    /// Reads a stream (standard input, a pipe) to its end, refusing it once it passes `maximumBytes`.
    public func read(from handle: FileHandle, claimedExtension: String? = nil) throws -> Document {
        var data = Data()
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                data.append(chunk)
                if data.count > maximumBytes {
                    throw ExtractionError.tooLarge(bytes: nil, limit: maximumBytes)
                }
            }
        } catch let error as ExtractionError {
            throw error
        } catch {
            throw ExtractionError.unreadable(.readFailed(detail: error.localizedDescription))
        }
        return try read(data, claimedExtension: claimedExtension)
    }

    /// Reads bytes whose format is recognised from their content.
    /// `claimedExtension` is the file name's extension: the content decides the format, but a file named
    /// `.pdf` or `.docx` that holds text is a damaged or misnamed file, not a resume to read as text.
    public func read(_ data: Data, claimedExtension: String? = nil) throws -> Document {
        guard data.count <= maximumBytes else {
            throw ExtractionError.tooLarge(bytes: data.count, limit: maximumBytes)
        }
        // The content decides the format, but a name that claims a binary format is held to it.
        let binaryClaim = claimedExtension.flatMap { ["pdf", "docx"].contains($0) ? $0 : nil }
        let format: DocumentFormat
        do {
            format = try FormatSniffer.format(of: data)
        } catch let error as ExtractionError {
            // Bytes of no known format named .pdf are a damaged PDF to the user, not "a file that is not text".
            guard let claimed = binaryClaim else { throw error }
            switch error {
            case .notText:
                throw ExtractionError.notClaimedFormat(
                    claimed: claimed, actual: "bytes of no format skillgap knows")
            case .unsupported(let what):
                throw ExtractionError.notClaimedFormat(claimed: claimed, actual: what)
            default: throw error
            }
        }
        if let claimed = binaryClaim, format != .pdf, format != .docx {
            throw ExtractionError.notClaimedFormat(claimed: claimed, actual: Self.describe(format))
        }
        return try read(data, as: format)
    }

    /// Reads bytes with one format's extractor, whatever they look like (the fuzz targets use this to reach
    /// each extractor with any bytes).
    public func read(_ data: Data, as format: DocumentFormat) throws -> Document {
        guard data.count <= maximumBytes else {
            throw ExtractionError.tooLarge(bytes: data.count, limit: maximumBytes)
        }
        return CharacterLimit(characters: maximumCharacters).cut(
            try extractor(for: format).extract(data))
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
        case .pdf:
            PDFExtractor(
                maximumPages: maximumPages,
                characterLimit: CharacterLimit(characters: maximumCharacters))
        case .html:
            HTMLExtractor(
                maximumDepth: maximumDepth, maximumElements: maximumElements,
                skipsPageChrome: skipsPageChrome)
        case .text: TextExtractor(characterLimit: CharacterLimit(characters: maximumCharacters))
        case .docx:
            DOCXExtractor(
                maximumEntrySize: maximumUnzippedBytes,
                maximumCompressionRatio: maximumCompressionRatio,
                maximumElements: maximumElements > Int.max / 4 ? Int.max : maximumElements * 4)
        case .markdown:
            MarkdownExtractor(characterLimit: CharacterLimit(characters: maximumCharacters))
        case .jsonResume:
            JSONResumeExtractor(maximumDepth: maximumDepth, maximumValues: maximumElements)
        }
    }
}
