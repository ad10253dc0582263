import Foundation
import SkillgapCore

/// What a DOCX paragraph style means for reading: a heading level or a list. Word writes localized
/// style ids ("berschrift1") but English style names ("heading 1"), so the names decide.
struct DOCXStyles {
    private(set) var headingLevels: [String: Int] = [:]
    private(set) var listStyles: Set<String> = []

    init() {}

    init(_ data: Data) throws {
        try XMLPart.withRoot(of: data, part: "word/styles.xml") { root in
            for style in LibXML.children(root)
            where LibXML.isElement(style) && LibXML.name(style) == "style" {
                guard let id = LibXML.attribute("styleId", of: style) else { continue }
                var name = id
                var outline: Int?
                for child in LibXML.children(style) where LibXML.isElement(child) {
                    switch LibXML.name(child) {
                    case "name": name = LibXML.attribute("val", of: child) ?? id
                    case "pPr":
                        for property in LibXML.children(child)
                        where LibXML.name(property) == "outlineLvl" {
                            outline = LibXML.attribute("val", of: property).flatMap(Int.init).map {
                                $0 + 1
                            }
                        }
                    default: break
                    }
                }
                if let level = Self.headingLevel(styleName: name) ?? outline {
                    headingLevels[id] = level
                }
                if name.lowercased().contains("list") { listStyles.insert(id) }
            }
        }
    }

    /// The heading level of a style id, falling back to the id's own wording for files without styles.xml.
    func headingLevel(of styleId: String) -> Int? {
        headingLevels[styleId] ?? Self.headingLevel(styleName: styleId)
    }

    func isList(_ styleId: String) -> Bool {
        listStyles.contains(styleId) || styleId.lowercased().contains("list")
    }

    private static func headingLevel(styleName: String) -> Int? {
        let name = styleName.lowercased().replacingOccurrences(of: " ", with: "")
        if name == "title" { return 1 }
        if name == "subtitle" { return 2 }
        guard name.hasPrefix("heading") else { return nil }
        return Int(name.dropFirst("heading".count)) ?? 1
    }
}
