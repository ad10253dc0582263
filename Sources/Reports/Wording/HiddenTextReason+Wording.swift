import SkillgapCore

extension HiddenTextReason {
    /// A short phrase for lists of reasons: "white text", "display:none".
    public var phrase: String {
        switch self {
        case .whiteText: "white text"
        case .tinyText(let points): "tiny text (under \(points) pt)"
        case .offPage: "off the page"
        case .concealingElement(let name): "<\(name)>"
        case .hiddenAttribute: "hidden attribute"
        case .displayNone: "display:none"
        case .visibilityHidden: "visibility:hidden"
        case .vanishedRun: "hidden run (w:vanish)"
        }
    }

    static func phrases(_ reasons: [HiddenTextReason]) -> String {
        reasons.map(\.phrase).joined(separator: ", ")
    }
}
