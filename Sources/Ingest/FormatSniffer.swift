import Foundation
import SkillgapCore

/// Recognises a file's format from its bytes (magic numbers and structure), never from its name.
public enum FormatSniffer {
    /// The format of `data`, or an error that says what the bytes are instead.
    public static func format(of data: Data) throws -> DocumentFormat {
        guard !data.isEmpty else { throw ExtractionError.empty }
        let head = data.prefix(1024)
        if head.starts(with: Array("%PDF-".utf8)) || head.range(of: Data("%PDF-".utf8)) != nil {
            return .pdf
        }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
        if let binary = binaryKind(head) { throw ExtractionError.unsupported(what: binary) }
        let text = try TextDecoder.decode(data).text
        return textFormat(of: text)
    }

    /// Formats that are text: JSON Resume, HTML, Markdown or plain text, told apart by their structure.
    static func textFormat(of text: String) -> DocumentFormat {
        let start = text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        if start.first == "{" || start.first == "[" { return .jsonResume }
        let head = start.prefix(2048).lowercased()
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.contains("<body")
            || (head.hasPrefix("<")
                && (head.contains("<div") || head.contains("<p>") || head.contains("<h1")))
        {
            return .html
        }
        return looksLikeMarkdown(text) ? .markdown : .text
    }

    /// ATX headings, links and emphasis are Markdown; underlined headings alone are shared with plain text.
    static func looksLikeMarkdown(_ text: String) -> Bool {
        var signals = 0
        // maxSplits: splitting a huge file into all its lines only to look at the first 400 took seconds.
        for line in text.split(separator: "\n", maxSplits: 400, omittingEmptySubsequences: true)
            .prefix(400)
        {
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.hasPrefix("#"), trimmed.drop(while: { $0 == "#" }).first == " " {
                signals += 2
            }
            if line.contains("](") && line.contains("[") { signals += 1 }
            if line.contains("**") || line.contains("__") { signals += 1 }
            if signals >= 3 { return true }
        }
        return false
    }

    /// Names the common binary formats that are not resumes we read.
    static func binaryKind(_ head: Data) -> String? {
        let bytes = [UInt8](head.prefix(8))
        func starts(_ magic: [UInt8]) -> Bool { bytes.starts(with: magic) }
        if starts([0xD0, 0xCF, 0x11, 0xE0]) { return "a legacy Word .doc (or other OLE) file" }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return "a PNG image" }
        if starts([0xFF, 0xD8, 0xFF]) { return "a JPEG image" }
        if starts(Array("GIF8".utf8)) { return "a GIF image" }
        if starts([0x7B, 0x5C, 0x72, 0x74, 0x66]) { return "an RTF document" }
        if starts([0x1F, 0x8B]) { return "a gzip archive" }
        if starts([0x7F, 0x45, 0x4C, 0x46]) { return "an executable (ELF)" }
        return nil
    }
}
