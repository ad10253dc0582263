internal import CLibXML2
import Foundation

/// Small, safe helpers over libxml2's node tree shared by the HTML and DOCX extractors.
enum LibXML {
    typealias Node = UnsafeMutablePointer<xmlNode>

    /// The loaded library: a node exists only once it is (`LibXML2.loaded(for:)` made the document).
    private static var library: LibXML2? { try? LibXML2.library.get() }

    /// The line of the markup a node starts on (0 when libxml2 does not know it).
    static func line(of node: Node) -> Int { library.map { $0.lineNumber(node) } ?? 0 }

    /// The element's local name, lower-cased for HTML callers that ask for it.
    static func name(_ node: Node) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    static func isElement(_ node: Node) -> Bool { node.pointee.type == XML_ELEMENT_NODE }

    static func isText(_ node: Node) -> Bool {
        node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE
    }

    /// An attribute's value, matching the local name in any namespace.
    static func attribute(_ name: String, of node: Node) -> String? {
        var property = node.pointee.properties
        while let current = property {
            if let propertyName = current.pointee.name, String(cString: propertyName) == name {
                guard let library,
                    let value = library.nodeContent(
                        UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self))
                else {
                    return ""
                }
                defer { library.free(value) }
                return String(cString: value)
            }
            property = current.pointee.next
        }
        return nil
    }

    /// The text of a text or CDATA node.
    static func text(_ node: Node) -> String {
        node.pointee.content.map { String(cString: $0) } ?? ""
    }

    /// All text below a node (for hidden content that is counted, not read).
    static func allText(_ node: Node) -> String {
        guard let library, let content = library.nodeContent(node) else { return "" }
        defer { library.free(content) }
        return String(cString: content)
    }

    /// The node's children, first to last.
    static func children(_ node: Node) -> [Node] {
        var result: [Node] = []
        var child = node.pointee.children
        while let current = child {
            result.append(current)
            child = current.pointee.next
        }
        return result
    }

    /// The offset of the `<` that opens the first element (a tag starting with a letter) past the first `limit`
    /// elements in markup, or nil when there are no more than `limit`.
    static func offset(ofElementPast limit: Int, in data: Data) -> Int? {
        data.withUnsafeBytes { buffer -> Int? in
            var count = 0
            var offset = 0
            while offset + 1 < buffer.count {
                if buffer[offset] == UInt8(ascii: "<"), (buffer[offset + 1] | 0x20) >= 0x61,
                    (buffer[offset + 1] | 0x20) <= 0x7A
                {
                    count += 1
                    if count > limit { return offset }
                }
                offset += 1
            }
            return nil
        }
    }
}
