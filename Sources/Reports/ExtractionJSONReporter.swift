import Foundation
import SkillgapCore

/// `skillgap extract --format json`: a stable, versioned view of what the analyzer read.
public struct ExtractionJSONReporter: ResumeReporter {
    public static let schemaVersion = 1

    public init() {}

    struct Output: Encodable {
        struct BlockOutput: Encodable {
            let kind: BlockKind
            let section: Section
            let page: Int
            let line: Int
            let text: String
            let font: FontHint?
        }

        struct HiddenTextOutput: Encodable {
            let words: Int
            let reasons: [String]
            let sample: String
        }

        struct Diagnostics: Encodable {
            let words: Int
            let layout: String?
            let hiddenText: HiddenTextOutput
            let warnings: [String]
        }

        let schemaVersion: Int
        let file: String
        let format: DocumentFormat
        let pages: Int
        let blocks: [BlockOutput]
        let contact: Contact
        let links: [Link]
        let sections: [Section]
        let diagnostics: Diagnostics
    }

    public func render(_ resume: Resume, file: String) -> String {
        let document = resume.document
        let output = Output(
            schemaVersion: Self.schemaVersion, file: file, format: document.format,
            pages: document.pages,
            blocks: resume.blocks.map {
                .init(
                    kind: $0.kind, section: $0.section ?? .other, page: $0.page, line: $0.line,
                    text: $0.text,
                    font: $0.font)
            },
            contact: resume.contact, links: resume.links, sections: resume.sectionsFound,
            diagnostics: .init(
                words: document.wordCount, layout: document.layout?.phrase,
                hiddenText: .init(
                    words: document.hiddenText.words,
                    reasons: document.hiddenText.reasons.map(\.phrase),
                    sample: document.hiddenText.sample),
                warnings: document.warnings.map(\.sentence)))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain value types cannot fail; an empty object would hide a programming error, so trap.
        let data = try! encoder.encode(output)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
