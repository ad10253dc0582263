internal import CLibXML2
import Foundation
import SkillgapCore

/// Parses an XML part with libxml2, safely: no network, no DTD loading, no entity substitution.
enum XMLPart {
    /// `recover`: read what is well-formed of a part that was cut short.
    static func withRoot(
        of data: Data, part: String, recover: Bool = false, _ body: (LibXML.Node) throws -> Void
    ) throws {
        let xml = try LibXML2.loaded(for: .docx)
        let options =
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | (recover ? XML_PARSE_RECOVER.rawValue : 0)
        let document = data.withUnsafeBytes { buffer in
            xml.readXML(
                buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil,
                nil,
                Int32(options))
        }
        guard let document else {
            // libxml2 refuses XML nested past its fixed limit (256 levels) with its own error; Word never nests so deep.
            let message =
                (xml.lastError().flatMap { $0.pointee.message }.map { String(cString: $0) } ?? "")
                .trimmingCharacters(in: .whitespacesAndNewlines)
            if message.contains("Excessive depth") {
                throw ExtractionError.damaged(
                    format: .docx, reason: "\(part) is nested more than 256 levels deep")
            }
            throw ExtractionError.damaged(
                format: .docx,
                reason: "\(part) is not well-formed XML"
                    + (message.isEmpty ? "" : ": libxml2 says \"\(message)\""))
        }
        defer { xml.freeDocument(document) }
        guard let root = xml.rootElement(document) else {
            throw ExtractionError.damaged(format: .docx, reason: "\(part) has no root element")
        }
        try body(root)
    }
}
