import Foundation

/// A CV of the dotin-inc resume NER annotations (CC0-1.0): its text with the tags stripped, and the text of each
/// skill label (`<label type="Tech Tools|Job Specific Skills|Soft Skills">span</label>`) a person marked.
struct LabelledCV {
    static let skillLabels: Set<String> = ["Tech Tools", "Job Specific Skills", "Soft Skills"]

    var name: String
    var text: String
    var spans: [String]

    /// The text without tags (entities decoded) and the text of each skill label.
    init(xml raw: String, name: String) {
        var text = ""
        var spans: [String] = []
        var stack: [(type: String, start: String.Index)] = []
        var index = raw.startIndex
        while index < raw.endIndex {
            if raw[index] == "<", let close = raw[index...].firstIndex(of: ">") {
                let tag = raw[raw.index(after: index)..<close]
                if tag.hasPrefix("label") {
                    let type = tag.split(separator: "\"").dropFirst().first.map(String.init) ?? ""
                    stack.append((type, text.endIndex))
                } else if tag.hasPrefix("/label"), let open = stack.popLast() {
                    if Self.skillLabels.contains(open.type) {
                        spans.append(String(text[open.start...]))
                    }
                }
                index = raw.index(after: close)
                continue
            }
            text.append(raw[index])
            index = raw.index(after: index)
        }
        for (entity, character) in [
            ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"),
        ] {
            text = text.replacingOccurrences(of: entity, with: character)
            spans = spans.map { $0.replacingOccurrences(of: entity, with: character) }
        }
        self.name = name
        self.text = text
        self.spans = spans
    }
}
