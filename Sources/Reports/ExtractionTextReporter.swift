import SkillgapCore

/// `skillgap extract --format text`: what was read, for a person, section by section with page and line.
public struct ExtractionTextReporter: ResumeReporter {
    public init() {}

    public func render(_ resume: Resume, file: String) -> String {
        let document = resume.document
        // The file name and the resume's text are untrusted: no escape sequence may reach the terminal.
        let text = UntrustedText.terminal
        var lines: [String] = []
        let layout = document.layout.map { ", \($0.phrase)" } ?? ""
        lines.append(
            "\(text(file)): \(document.format.rawValue), \(document.pages) page\(document.pages == 1 ? "" : "s"), \(document.wordCount) words\(layout)"
        )
        let contact = [resume.contact.name, resume.contact.email, resume.contact.phone].compactMap {
            $0
        }
        lines.append(
            "contact: " + (contact.isEmpty ? "none found" : text(contact.joined(separator: " · "))))
        if resume.links.isEmpty {
            lines.append("links: none found")
        } else {
            lines.append(
                "links: "
                    + resume.links.map { "\($0.kind.rawValue) \(text($0.url))" }.joined(
                        separator: ", "))
        }
        for warning in document.warnings { lines.append("warning: \(text(warning.sentence))") }

        var current: Section?
        for block in resume.blocks {
            let section = block.section ?? .other
            if section != current {
                lines.append("")
                lines.append("[\(section.rawValue)]")
                current = section
            }
            let position = document.pages > 1 ? "p\(block.page):\(block.line)" : "\(block.line)"
            let marker: String
            switch block.kind {
            case .heading: marker = "#"
            case .listItem: marker = "•"
            case .paragraph: marker = " "
            }
            lines.append("\(position.padding(toLength: 8))\(marker) \(text(block.text))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate func padding(toLength length: Int) -> String {
        count >= length ? self + " " : self + String(repeating: " ", count: length - count)
    }
}
