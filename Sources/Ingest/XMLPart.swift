import CLibXML2
import Foundation
import SkillgapCore

/// Parses an XML part with libxml2, safely: no network, no DTD loading, no entity substitution.
enum XMLPart {
    /// `recover`: read what is well-formed of a part that was cut short.
    static func withRoot(
        of data: Data, part: String, recover: Bool = false, _ body: (LibXML.Node) throws -> Void
    ) throws {
        let options =
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | (recover ? XML_PARSE_RECOVER.rawValue : 0)
        let document = data.withUnsafeBytes { buffer in
            xmlReadMemory(
                buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil,
                nil,
                Int32(options))
        }
        guard let document else {
            // libxml2 refuses XML nested past its fixed limit (256 levels) with its own error; Word never nests so deep.
            let message =
                (xmlGetLastError().flatMap { $0.pointee.message }.map { String(cString: $0) } ?? "")
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
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            throw ExtractionError.damaged(format: .docx, reason: "\(part) has no root element")
        }
        try body(root)
    }
}
