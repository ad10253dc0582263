import CPoppler
import Foundation
import SkillgapCore

/// Reads PDF with poppler-glib, in process: visible text in column order, font hints, link annotations,
/// hidden text set aside.
struct PDFExtractor: Extractor {
    /// Pages beyond this are not analyzed (a warning says so).
    var maximumPages = 40
    /// How much text is read: pages after the one that passes twice the limit are not (a warning says so).
    var characterLimit = CharacterLimit(characters: Int.max)

    func extract(_ data: Data) throws -> Document {
        let document = try open(data)
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }

        let pageCount = Int(poppler_document_get_n_pages(document))
        guard pageCount > 0 else {
            throw ExtractionError.damaged(format: .pdf, reason: "it has no pages")
        }
        var warnings: [ExtractionWarning] = []
        let pagesRead = min(pageCount, maximumPages)
        if pageCount > maximumPages {
            warnings.append(.pagesLimited(analyzed: maximumPages, of: pageCount))
        }

        var hiddenText = HiddenText()
        var pages: [(lines: [[PDFSegment]], twoColumns: Bool)] = []
        var linkTargets: [String] = []
        var sizeCounts: [Double: Int] = [:]
        let reader = PDFPageReader()
        let layout = PDFColumnLayout()
        var characters = 0
        for index in 0..<pagesRead {
            if characterLimit.stopsReading(at: characters) {
                warnings.append(
                    .pagesCutAtCharacterLimit(
                        analyzed: index, characters: characterLimit.characters))
                break
            }
            guard let page = poppler_document_get_page(document, Int32(index)) else {
                warnings.append(.pageUnreadable(page: index + 1))
                pages.append(([], false))
                continue
            }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            var width = 0.0
            var height = 0.0
            poppler_page_get_size(page, &width, &height)
            let read = reader.read(page: page, hiddenText: &hiddenText)
            characters += read.segments.reduce(0) { $0 + $1.text.utf8.count }
            linkTargets += read.links
            for segment in read.segments {
                for (size, count) in segment.sizeCounts { sizeCounts[size, default: 0] += count }
            }
            let ordered = layout.order(read.segments, pageWidth: width)
            pages.append((ordered.lines, ordered.twoColumns))
        }

        let bodySize = sizeCounts.max { $0.value < $1.value }?.key ?? 10
        let builder = PDFBlockBuilder(bodySize: bodySize)
        var blocks: [Block] = []
        for (index, page) in pages.enumerated() {
            blocks += builder.blocks(page: index + 1, lines: page.lines)
        }

        let twoColumns = pages.contains { $0.twoColumns }
        if let garbled = Self.garbledShare(of: blocks), garbled > 0.3 {
            warnings.append(.garbledText(percent: Int(garbled * 100)))
        }
        return try .checked(
            format: .pdf, pages: pageCount, blocks: blocks, linkTargets: linkTargets,
            layout: twoColumns ? .twoColumns : .oneColumn, hiddenText: hiddenText,
            warnings: warnings, nothingVisible: .noTextLayer)
    }

    /// poppler-glib sets up its global parameters (encodings, Unicode maps: several million instructions)
    /// when a document opens while none is open, and tears them down when the last one closes, so a batch
    /// would pay for them once per file. One blank page kept open for the life of the process keeps them.
    nonisolated(unsafe) private static let keeper: OpaquePointer? = {
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for object in [
            "<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>",
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>",
        ] {
            offsets.append(pdf.utf8.count)
            pdf += "\(offsets.count) 0 obj\n\(object)\nendobj\n"
        }
        let table = pdf.utf8.count
        pdf += "xref\n0 4\n0000000000 65535 f \n"
        for offset in offsets {
            // Ten digits, zero-padded by hand: `String(format:)` would make the Swift runtime search the binary's
            // conformances for CVarArg in every process that reads a PDF.
            let digits = String(offset)
            pdf += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
        }
        pdf += "trailer\n<</Size 4/Root 1 0 R>>\nstartxref\n\(table)\n%%EOF\n"
        // Data from the bytes' address: `Data(pdf.utf8)` would ask the runtime whether they are contiguous.
        return pdf.withUTF8 {
            try? PDFExtractor.openDocument(Data(bytes: $0.baseAddress!, count: $0.count))
        }
    }()

    /// Opens the document through a memory stream: poppler's `new_from_data` can crash on some files.
    private func open(_ data: Data) throws -> OpaquePointer {
        _ = Self.keeper
        return try Self.openDocument(data)
    }

    private static func openDocument(_ data: Data) throws -> OpaquePointer {
        guard !data.isEmpty else { throw ExtractionError.empty }
        let bytes = data.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(bytes) }
        let stream = g_memory_input_stream_new_from_bytes(bytes)
        defer { g_object_unref(UnsafeMutableRawPointer(stream)) }
        var error: UnsafeMutablePointer<GError>? = nil
        let document = poppler_document_new_from_stream(
            stream, goffset(data.count), nil, nil, &error)
        if let error {
            defer { g_error_free(error) }
            let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
            if error.pointee.domain == poppler_error_quark(),
                error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue)
            {
                throw ExtractionError.encrypted
            }
            throw ExtractionError.damaged(format: .pdf, reason: message)
        }
        guard let document else {
            throw ExtractionError.damaged(format: .pdf, reason: "poppler could not open it")
        }
        return document
    }

    /// The share of words with no letter or digit, or letters mixed with symbols: text from fonts without a
    /// Unicode map. Nil for very short documents.
    static func garbledShare(of blocks: [Block]) -> Double? {
        var words = 0
        var garbled = 0
        // One pass over the bytes: a word's length and how many of its bytes read as text.
        var length = 0
        var readable = 0
        func endWord() {
            guard length > 0 else { return }
            words += 1
            if readable * 2 < length { garbled += 1 }
            length = 0
            readable = 0
        }
        for block in blocks {
            for byte in block.text.utf8 {
                if byte == UInt8(ascii: " ") {
                    endWord()
                    continue
                }
                length += 1
                // ASCII letters and digits, and any non-ASCII byte (accented letters, CJK), read as text.
                if byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
                    || (byte >= 0x30 && byte <= 0x39)
                {
                    readable += 1
                }
            }
            endWord()
        }
        return words >= 20 ? Double(garbled) / Double(words) : nil
    }
}
