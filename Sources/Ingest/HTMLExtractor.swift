internal import CLibXML2
import Foundation
import SkillgapCore

/// Reads HTML with libxml2's forgiving parser (no network, encoding from the document or detected):
/// headings with their level, paragraphs, list items and table rows (cells joined with " | ").
/// Scripts and styles are skipped; `noscript`, `template`, `hidden` and inline `display:none` or
/// `visibility:hidden` content is skipped and reported as hidden text. Link targets are kept.
/// Nesting is limited by `maximumDepth`, not by libxml2's fixed limit (which drops the text past it silently).
struct HTMLExtractor: Extractor {
    /// Elements nested deeper than this make the file an error.
    var maximumDepth = 256
    /// Elements past this many are not read (a warning says so): libxml2's tree takes about 300 bytes an element.
    var maximumElements = 50_000
    /// Leave out a web page's chrome: navigation, footers, side panels ("Similar jobs") and cookie banners.
    /// For job postings saved from a board; a resume's page keeps them, since its sidebar may list skills.
    var skipsPageChrome = false

    private static let silent: Set<String> = [
        "script", "style", "head", "svg", "iframe", "object", "embed", "canvas",
    ]
    private static let concealing: Set<String> = ["noscript", "template"]
    private static let blockElements: Set<String> = [
        "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "ul", "ol", "dl", "dt",
        "dd", "section",
        "article", "header", "footer", "main", "nav", "aside", "blockquote", "pre", "address",
        "form", "fieldset",
        "figure", "figcaption", "hr", "body", "html", "caption", "tbody", "thead", "tfoot",
        "summary", "details",
    ]

    func extract(_ data: Data) throws -> Document {
        let xml = try LibXML2.loaded(for: .html)
        let options =
            HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_RECOVER.rawValue | XML_PARSE_HUGE.rawValue
        var warnings: [ExtractionWarning] = []
        var input = data
        if let cut = LibXML.offset(ofElementPast: maximumElements, in: data) {
            // libxml2 recovers from markup cut short: the first part is read as it is.
            input = data.prefix(cut)
            warnings.append(.elementsLimited(markup: .html, limit: maximumElements))
        }
        let document = input.withUnsafeBytes { buffer in
            xml.readHTML(
                buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil,
                nil,
                Int32(options))
        }
        guard let document else {
            throw ExtractionError.damaged(format: .html, reason: "libxml2 could not parse it")
        }
        defer { xml.freeDocument(document) }
        guard let root = xml.rootElement(document) else { throw ExtractionError.empty }

        var walker = Walker(maximumDepth: maximumDepth, skipsPageChrome: skipsPageChrome)
        walker.walk(root)
        if let line = walker.tooDeepAtLine {
            throw ExtractionError.tooDeep(format: .html, limit: maximumDepth, line: line)
        }
        walker.flush()
        if walker.blocks.isEmpty, walker.hidden.words == 0, Self.hasTextOutsideTags(data) {
            throw ExtractionError.damaged(
                format: .html,
                reason:
                    "it has no visible text, only markup or scripts; if a script builds the page, print it to PDF instead"
            )
        }
        return try .checked(
            format: .html, blocks: walker.blocks, linkTargets: walker.targets,
            hiddenText: walker.hidden,
            warnings: warnings)
    }

    /// Whether the raw markup has letters outside its tags (a rough look, for error messages only).
    static func hasTextOutsideTags(_ data: Data) -> Bool {
        var inTag = false
        for byte in data {
            switch byte {
            case UInt8(ascii: "<"): inTag = true
            case UInt8(ascii: ">"): inTag = false
            default:
                if !inTag, (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x7A { return true }
            }
        }
        return false
    }

    /// Walks the tree without recursion, so deeply nested markup cannot overflow the stack.
    private struct Walker {
        let maximumDepth: Int
        /// The line of the first element nested past `maximumDepth`; the walk stops there.
        var tooDeepAtLine: Int?
        var blocks: [Block] = []
        var targets: [String] = []
        var hidden = HiddenText()
        private var buffer = ""
        private var bufferLine = 0
        private var kinds: [(kind: BlockKind, level: Int?)] = []

        private enum Step {
            case enter(LibXML.Node, depth: Int)
            case exit(String)
        }

        let skipsPageChrome: Bool

        init(maximumDepth: Int, skipsPageChrome: Bool) {
            self.maximumDepth = maximumDepth
            self.skipsPageChrome = skipsPageChrome
        }

        /// Navigation, footers, side panels and cookie or consent banners.
        private func isPageChrome(_ node: LibXML.Node, name: String) -> Bool {
            guard skipsPageChrome else { return false }
            if ["nav", "footer", "aside"].contains(name) { return true }
            let marks = [
                LibXML.attribute("class", of: node), LibXML.attribute("id", of: node),
                LibXML.attribute("role", of: node),
            ]
            .compactMap { $0?.lowercased() }.joined(separator: " ")
            return ["cookie", "consent", "gdpr", "navigation", "contentinfo"].contains(
                where: marks.contains)
        }

        mutating func walk(_ root: LibXML.Node) {
            var stack: [Step] = [.enter(root, depth: 1)]
            while let step = stack.popLast() {
                switch step {
                case .exit(let name):
                    if HTMLExtractor.blockElements.contains(name) {
                        flush()
                        kinds.removeLast()
                    }
                case .enter(let node, let depth):
                    if depth > maximumDepth {
                        tooDeepAtLine = max(1, LibXML.line(of: node))
                        return
                    }
                    if LibXML.isText(node) {
                        if buffer.isEmpty { bufferLine = LibXML.line(of: node) }
                        buffer += LibXML.text(node)
                        continue
                    }
                    guard LibXML.isElement(node) else { continue }
                    let name = LibXML.name(node).lowercased()
                    if HTMLExtractor.silent.contains(name) || isPageChrome(node, name: name) {
                        continue
                    }
                    if let reason = concealment(of: node, name: name) {
                        hidden.add(TextNormalizer.normalize(LibXML.allText(node)), reason: reason)
                        continue
                    }
                    enter(node, name: name)
                    stack.append(.exit(name))
                    for child in LibXML.children(node).reversed() {
                        stack.append(.enter(child, depth: depth + 1))
                    }
                }
            }
        }

        private mutating func enter(_ node: LibXML.Node, name: String) {
            switch name {
            case "a":
                if let href = LibXML.attribute("href", of: node), !href.isEmpty {
                    targets.append(href)
                }
            case "br":
                flush()
            case "td", "th":
                if !buffer.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    buffer += " | "
                }
            default:
                break
            }
            guard HTMLExtractor.blockElements.contains(name) else { return }
            flush()
            if name == "li" {
                kinds.append((.listItem, nil))
            } else if name.count == 2, name.first == "h", let level = Int(String(name.last!)) {
                kinds.append((.heading, level))
            } else {
                kinds.append(
                    kinds.last.map { $0.kind == .heading ? (.paragraph, nil) : $0 } ?? (
                        .paragraph, nil
                    ))
            }
        }

        mutating func flush() {
            let text = TextNormalizer.normalize(buffer)
            buffer = ""
            guard !text.isEmpty, text != "|" else { return }
            let kind = kinds.last ?? (.paragraph, nil)
            blocks.append(
                Block(
                    kind: kind.kind, text: text, line: max(1, bufferLine), headingLevel: kind.level)
            )
        }

        /// Why an element's content is invisible, or nil when it shows.
        private func concealment(of node: LibXML.Node, name: String) -> HiddenTextReason? {
            if HTMLExtractor.concealing.contains(name) { return .concealingElement(name) }
            if LibXML.attribute("hidden", of: node) != nil { return .hiddenAttribute }
            if let style = LibXML.attribute("style", of: node)?.lowercased().replacingOccurrences(
                of: " ", with: "")
            {
                if style.contains("display:none") { return .displayNone }
                if style.contains("visibility:hidden") { return .visibilityHidden }
            }
            return nil
        }
    }
}
