import Foundation
import SkillgapCore

/// Maps the sections of a JSON Resume object to blocks with their canonical section already known.
struct JSONResumeBlocks {
    private(set) var blocks: [Block] = []
    private(set) var targets: [String] = []
    private var entry = 0

    mutating func add(_ resume: JSONValue) {
        if let basics = resume["basics"], basics.isObject { addBasics(basics) }
        addEntries(
            resume["work"], heading: "Work Experience", section: .experience,
            title: ["position", "name", "company"], details: ["location", "summary", "description"])
        addEntries(
            resume["projects"], heading: "Projects", section: .projects,
            title: ["name", "entity", "type"], details: ["description", "summary"])
        addEntries(
            resume["education"], heading: "Education", section: .education,
            title: ["studyType", "area", "institution"], details: ["score", "gpa", "summary"],
            lists: ["courses"])
        addEntries(
            resume["publications"], heading: "Publications", section: .publications,
            title: ["name", "publisher"], details: ["summary"])
        addEntries(
            resume["awards"], heading: "Awards", section: .awards,
            title: ["title", "awarder"], details: ["summary"])
        addEntries(
            resume["certificates"], heading: "Certifications", section: .certifications,
            title: ["name", "issuer"], details: [])
        addEntries(
            resume["volunteer"], heading: "Volunteering", section: .activities,
            title: ["position", "organization"], details: ["summary"])
        addEntries(
            resume["skills"], heading: "Skills", section: .skills, title: ["name"], details: [],
            lists: ["keywords"], inline: true)
        addEntries(
            resume["languages"], heading: "Languages", section: .skills,
            title: ["language", "fluency"], details: [])
        addEntries(
            resume["interests"], heading: "Interests", section: .interests, title: ["name"],
            details: [],
            lists: ["keywords"], inline: true)
        addEntries(
            resume["references"], heading: "References", section: .interests, title: ["name"],
            details: ["reference"])
    }

    private mutating func addBasics(_ basics: JSONValue) {
        for key in ["name", "label", "email", "phone", "url", "website"] {
            if let value = basics[key]?.text { append(.paragraph, value, .contact) }
            if key == "url" || key == "website", let value = basics[key]?.text {
                targets.append(value)
            }
        }
        if let location = basics["location"] {
            let parts = ["address", "city", "region", "postalCode", "countryCode"].compactMap {
                location[$0]?.text
            }
            if !parts.isEmpty { append(.paragraph, parts.joined(separator: ", "), .contact) }
        }
        for profile in basics["profiles"]?.elements ?? [] where profile.isObject {
            let network = profile["network"]?.text
            if let url = profile["url"]?.text {
                targets.append(url)
                append(
                    .paragraph, [network, url].compactMap { $0 }.joined(separator: ": "), .contact)
            } else if let network, let user = profile["username"]?.text {
                append(.paragraph, "\(network): \(user)", .contact)
            }
        }
        if let summary = basics["summary"]?.text {
            append(.heading, "Summary", .summary)
            append(.paragraph, summary, .summary)
        }
    }

    /// One heading, then per entry a title line ("Position, Company, 2020-01 - 2021-06"), its details,
    /// and its highlights and lists as list items (or inline after the title for skills).
    private mutating func addEntries(
        _ value: JSONValue?, heading: String, section: Section, title: [String],
        details: [String], lists: [String] = [], inline: Bool = false
    ) {
        // A section that is not a list of objects is not read: JSON Resume sections are lists of entries.
        guard let entries = value?.elements, entries.allSatisfy(\.isObject) else { return }
        var wroteHeading = false
        for item in entries {
            var lines: [(BlockKind, String)] = []
            var titleParts = title.compactMap { item[$0]?.text }
            let dates = [
                item["startDate"]?.text,
                item["endDate"]?.text ?? item["date"]?.text
                    ?? item["releaseDate"]?.text,
            ].compactMap { $0 }
            if !dates.isEmpty { titleParts.append(dates.joined(separator: " - ")) }
            let listValues = lists.flatMap { (item[$0]?.elements ?? []).compactMap(\.text) }
            if inline, !listValues.isEmpty {
                let label = titleParts.joined(separator: ", ")
                lines.append(
                    (
                        .paragraph,
                        (label.isEmpty ? "" : label + ": ") + listValues.joined(separator: ", ")
                    ))
            } else if !titleParts.isEmpty {
                lines.append((.paragraph, titleParts.joined(separator: ", ")))
            }
            for key in details {
                if let text = item[key]?.text { lines.append((.paragraph, text)) }
            }
            for key in ["url", "website"] {
                if let url = item[key]?.text {
                    targets.append(url)
                    lines.append((.paragraph, url))
                }
            }
            let highlights = (item["highlights"]?.elements ?? []).compactMap(\.text)
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
}
