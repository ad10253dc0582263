internal import CLibXML2
import Foundation
import SkillgapCore

/// Reads DOCX: paragraphs with heading and list styles (localized style ids resolved through
/// `styles.xml`), tables (one block per row, cells joined with " | "), hyperlinks through the relationships
/// part, and text boxes. Hidden runs (`w:vanish`) and white text are left out and reported.
/// The archive is read by `ZIPDirectory`; entries are size- and ratio-limited so a zip bomb is an error, and
/// the XML is parsed with no network access and no entity expansion.
struct DOCXExtractor: Extractor {
    var maximumEntrySize = 64 * 1_000_000
    var maximumCompressionRatio = 200
    /// XML elements of the body read; the rest is left out with a warning (a heavily formatted one-page resume
    /// has about 8,000).
    var maximumElements = 200_000

    func extract(_ data: Data) throws -> Document {
        let archive = try ZIPDirectory(data)
        guard archive["word/document.xml"] != nil else {
            throw ExtractionError.unsupported(
                what: "a ZIP archive without word/document.xml (not a DOCX)")
        }
        let styles = try entry("word/styles.xml", in: archive).map(DOCXStyles.init) ?? DOCXStyles()
        let relationships =
            try entry("word/_rels/document.xml.rels", in: archive).map(Self.relationships) ?? [:]
        guard let body = try entry("word/document.xml", in: archive) else {
            throw ExtractionError.empty
        }

        var reader = DOCXBodyReader(styles: styles, relationships: relationships)
        var warnings: [ExtractionWarning] = []
        if let cut = LibXML.offset(ofElementPast: maximumElements, in: body) {
            // libxml2's tree of a 50 MB body took 570 MB; the first part is read, recovering the cut-off end.
            try reader.read(body.prefix(cut), recover: true)
            warnings.append(.elementsLimited(markup: .docxXML, limit: maximumElements))
        } else {
            try reader.read(body)
        }
        return try .checked(
            format: .docx, blocks: reader.blocks, linkTargets: reader.targets,
            hiddenText: reader.hidden,
            warnings: warnings)
    }

    /// An entry's bytes, refusing entries whose real (not declared) size or compression ratio is too large.
    private func entry(_ path: String, in archive: ZIPDirectory) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        let compressed = max(1, entry.compressedSize)
        // The sizes the archive declares refuse most bombs before any byte is inflated; the running count
        // below catches an archive that lies about them.
        let declared = entry.uncompressedSize
        if declared > maximumEntrySize
            || (declared > 1_000_000 && declared / compressed > maximumCompressionRatio)
        {
            throw ExtractionError.damaged(
                format: .docx,
                reason:
                    "\(path) would expand to \(declared / 1_000_000) MB from \(compressed / 1000) KB, a zip bomb"
            )
        }
        var output = Data()
        try archive.contents(of: entry) { chunk in
            output.append(chunk)
            if output.count > maximumEntrySize {
                throw ExtractionError.damaged(
                    format: .docx,
                    reason: "\(path) expands past \(maximumEntrySize / 1_000_000) MB, a zip bomb")
            }
            if output.count > 1_000_000, output.count / compressed > maximumCompressionRatio {
                throw ExtractionError.damaged(
                    format: .docx,
                    reason: "\(path) expands more than \(maximumCompressionRatio) times, a zip bomb"
                )
            }
        }
        return output
    }

    /// Relationship id to external target, from `word/_rels/document.xml.rels`.
    private static func relationships(_ data: Data) throws -> [String: String] {
        var result: [String: String] = [:]
        try XMLPart.withRoot(of: data, part: "word/_rels/document.xml.rels") { root in
            for node in LibXML.children(root)
            where LibXML.isElement(node) && LibXML.name(node) == "Relationship" {
                if let id = LibXML.attribute("Id", of: node),
                    let target = LibXML.attribute("Target", of: node)
                {
                    result[id] = target
                }
            }
        }
        return result
    }
}
