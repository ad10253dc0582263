import Foundation
import SkillgapCore

/// Maps the sections of a JSON Resume object to blocks with their canonical section already known.
struct JSONResumeBlocks {
    private(set) var blocks: [Block] = []
    private(set) var targets: [String] = []
    private var entry = 0

    mutating func add(_ resume: [String: Any]) {
        if let basics = resume["basics"] as? [String: Any] { addBasics(basics) }
        addEntries(resume["work"], heading: "Work Experience", section: .experience,
                   title: ["position", "name", "company"], details: ["location", "summary", "description"])
        addEntries(resume["projects"], heading: "Projects", section: .projects,
                   title: ["name", "entity", "type"], details: ["description", "summary"])
        addEntries(resume["education"], heading: "Education", section: .education,
                   title: ["studyType", "area", "institution"], details: ["score", "gpa", "summary"],
                   lists: ["courses"])
        addEntries(resume["publications"], heading: "Publications", section: .publications,
                   title: ["name", "publisher"], details: ["summary"])
        addEntries(resume["awards"], heading: "Awards", section: .awards,
                   title: ["title", "awarder"], details: ["summary"])
        addEntries(resume["certificates"], heading: "Certifications", section: .certifications,
                   title: ["name", "issuer"], details: [])
        addEntries(resume["volunteer"], heading: "Volunteering", section: .activities,
                   title: ["position", "organization"], details: ["summary"])
        addEntries(resume["skills"], heading: "Skills", section: .skills, title: ["name"], details: [],
                   lists: ["keywords"], inline: true)
        addEntries(resume["languages"], heading: "Languages", section: .skills,
                   title: ["language", "fluency"], details: [])
        addEntries(resume["interests"], heading: "Interests", section: .activities, title: ["name"], details: [],
                   lists: ["keywords"], inline: true)
        addEntries(resume["references"], heading: "References", section: .other, title: ["name"],
                   details: ["reference"])
    }

    private mutating func addBasics(_ basics: [String: Any]) {
        for key in ["name", "label", "email", "phone", "url", "website"] {
            if let value = Self.string(basics[key]) { append(.paragraph, value, .contact) }
            if key == "url" || key == "website", let value = Self.string(basics[key]) { targets.append(value) }
        }
        if let location = basics["location"] as? [String: Any] {
            let parts = ["address", "city", "region", "postalCode", "countryCode"].compactMap { Self.string(location[$0]) }
            if !parts.isEmpty { append(.paragraph, parts.joined(separator: ", "), .contact) }
        }
        for profile in basics["profiles"] as? [[String: Any]] ?? [] {
            let network = Self.string(profile["network"])
            if let url = Self.string(profile["url"]) {
                targets.append(url)
                append(.paragraph, [network, url].compactMap { $0 }.joined(separator: ": "), .contact)
            } else if let network, let user = Self.string(profile["username"]) {
                append(.paragraph, "\(network): \(user)", .contact)
            }
        }
        if let summary = Self.string(basics["summary"]) {
            append(.heading, "Summary", .summary)
            append(.paragraph, summary, .summary)
        }
    }

    /// One heading, then per entry a title line ("Position, Company, 2020-01 - 2021-06"), its details,
    /// and its highlights and lists as list items (or inline after the title for skills).
    private mutating func addEntries(_ value: Any?, heading: String, section: Section, title: [String],
                                     details: [String], lists: [String] = [], inline: Bool = false) {
        guard let entries = value as? [[String: Any]] else { return }
        var wroteHeading = false
        for item in entries {
            var lines: [(BlockKind, String)] = []
            var titleParts = title.compactMap { Self.string(item[$0]) }
            let dates = [Self.string(item["startDate"]), Self.string(item["endDate"]) ?? Self.string(item["date"])
                ?? Self.string(item["releaseDate"])].compactMap { $0 }
            if !dates.isEmpty { titleParts.append(dates.joined(separator: " - ")) }
            let listValues = lists.flatMap { (item[$0] as? [Any] ?? []).compactMap(Self.string) }
            if inline, !listValues.isEmpty {
                let label = titleParts.joined(separator: ", ")
                lines.append((.paragraph, (label.isEmpty ? "" : label + ": ") + listValues.joined(separator: ", ")))
            } else if !titleParts.isEmpty {
                lines.append((.paragraph, titleParts.joined(separator: ", ")))
            }
            for key in details { if let text = Self.string(item[key]) { lines.append((.paragraph, text)) } }
            for key in ["url", "website"] {
                if let url = Self.string(item[key]) { targets.append(url); lines.append((.paragraph, url)) }
            }
            let highlights = (item["highlights"] as? [Any] ?? []).compactMap(Self.string)
            lines += highlights.map { (.listItem, $0) }
            if !inline { lines += listValues.map { (.listItem, $0) } }
            guard !lines.isEmpty else { continue }
            if !wroteHeading {
                append(.heading, heading, section)
                wroteHeading = true
            }
            for (kind, text) in lines { append(kind, text, section) }
        }
    }

    private mutating func append(_ kind: BlockKind, _ text: String, _ section: Section) {
        let normalized = TextNormalizer.normalize(text)
        guard !normalized.isEmpty else { return }
        entry += 1
        blocks.append(Block(kind: kind, text: normalized, line: entry, section: section))
    }

    /// A non-empty string (numbers are accepted as text).
    private static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        if let number = value as? NSNumber { return number.stringValue }
        return nil
    }
}
