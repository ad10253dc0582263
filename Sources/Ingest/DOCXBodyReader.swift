import Foundation
import SkillgapCore

/// Reads `word/document.xml` into blocks. Each paragraph (`w:p`) is a block numbered in document order;
/// each table row is one block; text boxes become blocks of their own, read once even though Word stores
/// them twice (in `mc:Choice` and `mc:Fallback`).
struct DOCXBodyReader {
    let styles: DOCXStyles
    let relationships: [String: String]
    private(set) var blocks: [Block] = []
    private(set) var targets: [String] = []
    private(set) var hidden = HiddenText()
    private var paragraphNumber = 0

    init(styles: DOCXStyles, relationships: [String: String]) {
        self.styles = styles
        self.relationships = relationships
    }

    mutating func read(_ data: Data, recover: Bool = false) throws {
        try XMLPart.withRoot(of: data, part: "word/document.xml", recover: recover) { root in
            var stack = LibXML.children(root).reversed() as [LibXML.Node]
            while let node = stack.popLast() {
                guard LibXML.isElement(node) else { continue }
                switch LibXML.name(node) {
                case "p": paragraph(node)
                case "tbl": table(node)
                case "Fallback": break
                default: stack += LibXML.children(node).reversed()
                }
            }
        }
    }

    /// `onFill`: the paragraph sits on a filled shape (a coloured text box), where white text shows.
    private mutating func paragraph(_ node: LibXML.Node, onFill: Bool = false) {
        paragraphNumber += 1
        let line = paragraphNumber
        var kind = BlockKind.paragraph
        var level: Int?
        var textBoxes: [LibXML.Node] = []
        let styles = self.styles
        let text = runs(
            of: node, shaded: onFill || Self.isShaded(node, propertiesName: "pPr"),
            textBoxes: &textBoxes
        ) { properties in
            for property in LibXML.children(properties) where LibXML.isElement(property) {
                switch LibXML.name(property) {
                case "pStyle":
                    let style = LibXML.attribute("val", of: property) ?? ""
                    if let heading = styles.headingLevel(of: style) {
                        kind = .heading
                        level = heading
                    } else if styles.isList(style) {
                        kind = .listItem
                    }
                case "numPr": if kind == .paragraph { kind = .listItem }
                case "outlineLvl":
                    if let value = LibXML.attribute("val", of: property).flatMap(Int.init),
                        value < 9
                    {
                        kind = .heading
                        level = value + 1
                    }
                default: break
                }
            }
        }
        if !text.isEmpty {
            blocks.append(Block(kind: kind, text: text, line: line, headingLevel: level))
        }
        for box in textBoxes {
            let filled = Self.isOnFilledShape(box)
            for child in LibXML.children(box) where LibXML.isElement(child) {
                if LibXML.name(child) == "p" {
                    paragraph(child, onFill: filled)
                } else if LibXML.name(child) == "tbl" {
                    table(child)
                }
            }
        }
    }

    /// One block per row; cells joined with " | ".
    private mutating func table(_ node: LibXML.Node) {
        for row in LibXML.children(node) where LibXML.isElement(row) && LibXML.name(row) == "tr" {
            paragraphNumber += 1
            let line = paragraphNumber
            var cells: [String] = []
            var textBoxes: [LibXML.Node] = []
            for cell in LibXML.children(row)
            where LibXML.isElement(cell) && LibXML.name(cell) == "tc" {
                let text = runs(
                    of: cell, shaded: Self.isShaded(cell, propertiesName: "tcPr"),
                    textBoxes: &textBoxes
                ) { _ in }
                if !text.isEmpty { cells.append(text) }
            }
            if !cells.isEmpty {
                blocks.append(
                    Block(kind: .paragraph, text: cells.joined(separator: " | "), line: line))
            }
        }
    }

    /// The visible text below `node`: `w:t`, tabs and breaks, hyperlink targets collected, hidden runs
    /// counted, field instructions and deleted text skipped, text boxes handed back to read separately.
    /// `shaded`: the paragraph or cell has a background fill, so white text on it is visible.
    private mutating func runs(
        of node: LibXML.Node, shaded: Bool, textBoxes: inout [LibXML.Node],
        paragraphProperties: (LibXML.Node) -> Void
    ) -> String {
        var text = ""
        var stack: [(LibXML.Node, hiddenReason: HiddenTextReason?)] = LibXML.children(node)
            .reversed().map { ($0, nil) }
        while let (current, inheritedHidden) = stack.popLast() {
            guard LibXML.isElement(current) else { continue }
            let name = LibXML.name(current)
            switch name {
            case "pPr": paragraphProperties(current)
            case "instrText":
                if let target = Self.hyperlinkTarget(in: LibXML.allText(current)) {
                    targets.append(target)
                }
            case "rPr", "delText", "Fallback", "delInstrText": continue
            case "txbxContent": textBoxes.append(current)
            case "t":
                let value = LibXML.allText(current)
                if let reason = inheritedHidden {
                    hidden.add(value, reason: reason)
                } else {
                    text += value
                }
            case "tab", "br", "cr": text += " "
            default:
                if name == "hyperlink", let id = LibXML.attribute("id", of: current),
                    let target = relationships[id]
                {
                    targets.append(target)
                }
                var hiddenReason = inheritedHidden
                if name == "r" {
                    hiddenReason = hiddenReason ?? Self.hiddenReason(ofRun: current, shaded: shaded)
                }
                if name == "tc", Self.isShaded(current, propertiesName: "tcPr") {
                    // A shaded cell inside the paragraph's table makes its white text visible too.
                    let cellText = runs(of: current, shaded: true, textBoxes: &textBoxes) { _ in }
                    text += " " + cellText + " "
                    continue
                }
                if name == "fldSimple", let instruction = LibXML.attribute("instr", of: current),
                    let target = Self.hyperlinkTarget(in: instruction)
                {
                    targets.append(target)
                }
                stack += LibXML.children(current).reversed().map { ($0, hiddenReason) }
            }
        }
        return TextNormalizer.normalize(text)
    }

    /// `w:vanish`, or white text on an unshaded background, in a run's properties.
    private static func hiddenReason(ofRun run: LibXML.Node, shaded: Bool) -> HiddenTextReason? {
        var white = false
        var ownShading = false
        for properties in LibXML.children(run)
        where LibXML.isElement(properties) && LibXML.name(properties) == "rPr" {
            for property in LibXML.children(properties) where LibXML.isElement(property) {
                let value = LibXML.attribute("val", of: property)?.lowercased()
                switch LibXML.name(property) {
                case "vanish", "specVanish":
                    if value != "0" && value != "false" { return .vanishedRun }
                case "color":
                    white = value == "ffffff"
                case "shd", "highlight":
                    ownShading = isDarkFill(LibXML.attribute("fill", of: property) ?? value)
                default: break
                }
            }
        }
        return white && !shaded && !ownShading ? .whiteText : nil
    }

    /// Whether a paragraph (`pPr`) or cell (`tcPr`) has a background fill that is not white.
    private static func isShaded(_ node: LibXML.Node, propertiesName: String) -> Bool {
        for properties in LibXML.children(node)
        where LibXML.isElement(properties) && LibXML.name(properties) == propertiesName {
            for property in LibXML.children(properties)
            where LibXML.isElement(property) && LibXML.name(property) == "shd" {
                if isDarkFill(LibXML.attribute("fill", of: property)) { return true }
            }
        }
        return false
    }

    /// Whether a text box belongs to a shape with a solid, non-white fill (`wps:spPr/a:solidFill`).
    private static func isOnFilledShape(_ textBox: LibXML.Node) -> Bool {
        var ancestor = textBox.pointee.parent
        for _ in 0..<4 {
            guard let current = ancestor else { return false }
            if LibXML.name(current) == "wsp" {
                for properties in LibXML.children(current) where LibXML.name(properties) == "spPr" {
                    for fill in LibXML.children(properties) where LibXML.name(fill) == "solidFill" {
                        let color = LibXML.children(fill).first.flatMap {
                            LibXML.attribute("val", of: $0)
                        }
                        return isDarkFill(color ?? "000000")
                    }
                }
                return false
            }
            ancestor = current.pointee.parent
        }
        return false
    }

    private static func isDarkFill(_ fill: String?) -> Bool {
        guard let fill = fill?.lowercased(), !fill.isEmpty else { return false }
        return !["auto", "ffffff", "white", "none"].contains(fill)
    }

    /// The URL of a `HYPERLINK "https://..."` field instruction.
    private static func hyperlinkTarget(in instruction: String) -> String? {
        guard instruction.contains("HYPERLINK") else { return nil }
        let parts = instruction.split(separator: "\"")
        return parts.count >= 2 ? String(parts[1]) : nil
    }
}
