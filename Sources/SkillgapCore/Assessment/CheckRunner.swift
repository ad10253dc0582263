import Foundation

/// Runs the resume checks of a rule pack and reports what they find.
public struct CheckRunner: Sendable {
    public let checks: [ResumeCheck]

    public init(checks: [ResumeCheck]) {
        self.checks = checks
    }

    /// A resume's blocks without section headings, with their bytes as written and lower-cased, made once
    /// for all checks.
    private struct Prepared {
        let blocks: [Block]
        let bytes: [[UInt8]]
        let lowered: [[UInt8]]
        let sections: Set<Section>

        init(_ resume: Resume) {
            blocks = resume.blocks.filter { !$0.startsSection }
            bytes = blocks.map { Array($0.text.utf8) }
            lowered = blocks.map { Array($0.text.lowercased().utf8) }
            sections = Set(resume.sectionsFound)
        }
    }

    public func findings(for resume: Resume) -> [Finding] {
        let prepared = Prepared(resume)
        return checks.compactMap { check in
            detail(of: check.rule, in: resume, prepared).map {
                Finding(rule: check.id, level: check.level, message: check.message, detail: $0.isEmpty ? nil : $0)
            }
        }
    }

    /// Nil when the resume passes; otherwise the specifics ("" when the message says it all). `blocks` are the
    /// resume's blocks without section headings; `sections` the sections found.
    private func detail(of rule: CheckRule, in resume: Resume, _ prepared: Prepared) -> String? {
        let blocks = prepared.blocks, sections = prepared.sections
        switch rule {
        case let .contact(field):
            let value: String? = switch field {
            case .name: resume.contact.name
            case .email: resume.contact.email
            case .phone: resume.contact.phone
            }
            return value == nil ? "" : nil
        case let .sections(required):
            let missing = required.filter { !sections.contains($0) }
            return missing.isEmpty ? nil : "missing: " + missing.map(\.rawValue).joined(separator: ", ")
        case let .links(kinds):
            return resume.links.contains { kinds.contains($0.kind) } ? nil : ""
        case let .projectEntries(problem, approach, result):
            let entries = blocks.indices.filter { blocks[$0].section == .projects && blocks[$0].text.split(separator: " ").count >= 4 }
            guard !entries.isEmpty else { return nil }
            var incomplete: [(Block, [String])] = []
            let cues = [problem, approach, result].map { $0.map { Array($0.lowercased().utf8) } }
            for index in entries {
                let entry = blocks[index], lower = prepared.lowered[index]
                var lacking: [String] = []
                if !cues[0].contains(where: { Self.containsWord(lower, $0) }) { lacking.append("problem") }
                if !cues[1].contains(where: { Self.containsWord(lower, $0) }) { lacking.append("approach") }
                if !cues[2].contains(where: { Self.containsWord(lower, $0) }) && !Self.hasDigit(lower) {
                    lacking.append("result")
                }
                if !lacking.isEmpty { incomplete.append((entry, lacking)) }
            }
            guard let first = incomplete.first else { return nil }
            return "\(incomplete.count) of \(entries.count) project entries do not state all three; first at \(Self.place(first.0)): no \(first.1.joined(separator: ", "))"
        case let .quantified(scope, minimumShare):
            let candidates = blocks.indices.filter { scope.contains(blocks[$0].section ?? .other) && blocks[$0].kind != .heading }
            let listed = candidates.filter { blocks[$0].kind == .listItem }
            let bullets = listed.isEmpty ? candidates : listed
            guard bullets.count >= 3 else { return nil }
            let withNumber = bullets.filter { Self.hasDigit(prepared.bytes[$0]) }.count
            let share = Double(withNumber) / Double(bullets.count)
            return share >= minimumShare ? nil : "\(withNumber) of \(bullets.count) bullets have a number"
        case let .length(maximumPages, minimumWords, maximumWords):
            let document = resume.document
            var problems: [String] = []
            if document.format == .pdf || document.format == .docx, document.pages > maximumPages {
                problems.append("\(document.pages) pages")
            }
            let words = document.wordCount
            if words < minimumWords { problems.append("\(words) words, under \(minimumWords)") }
            if words > maximumWords { problems.append("\(words) words, over \(maximumWords)") }
            return problems.isEmpty ? nil : problems.joined(separator: "; ")
        case let .phrases(phrases, caseSensitive, atStart, scope):
            var hits: [(Block, String)] = []
            let wanted = phrases.map { Array((caseSensitive ? $0 : $0.lowercased()).utf8) }
            for (index, block) in blocks.enumerated() where scope.contains(block.section ?? .other) {
                let text = caseSensitive ? prepared.bytes[index] : prepared.lowered[index]
                for (phrase, bytes) in zip(phrases, wanted) {
                    let found = atStart ? Self.startsWithWord(text, bytes) : Self.containsWord(text, bytes)
                    if found { hits.append((block, phrase)); break }
                }
            }
            guard let first = hits.first else { return nil }
            return "\(hits.count) line\(hits.count == 1 ? "" : "s"); first at \(Self.place(first.0)): \"\(first.1)\" in \"\(SkillMatcher.quote(first.0.text, around: 0..<0))\""
        case let .dates(scope):
            let undated = scope.filter { section in
                let inSection = blocks.indices.filter { blocks[$0].section == section }
                return !inSection.isEmpty && !inSection.contains { Self.hasDate(prepared.lowered[$0]) }
            }
            return undated.isEmpty ? nil : "no dates in: " + undated.map(\.rawValue).joined(separator: ", ")
        }
    }

    static func place(_ block: Block) -> String {
        "page \(block.page), line \(block.line)"
    }

    /// `word` as whole words in `text` (both already in the same case). A word that ends in punctuation
    /// ("%") may be followed by anything.
    static func containsWord(_ text: String, _ word: String) -> Bool {
        containsWord(Array(text.utf8), Array(word.utf8))
    }

    static func containsWord(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        let endsInLetter = needle.last.map(isWordByte) ?? false
        var index = 0
        while index + needle.count <= haystack.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) {
                let startsWord = index == 0 || !isWordByte(haystack[index - 1])
                let after = index + needle.count
                let endsWord = after == haystack.count || !isWordByte(haystack[after]) || !endsInLetter
                if startsWord && endsWord { return true }
            }
            index += 1
        }
        return false
    }

    /// ASCII letters and digits, and every byte of a non-ASCII character, are parts of words.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    static func startsWithWord(_ text: [UInt8], _ word: [UInt8]) -> Bool {
        guard text.starts(with: word) else { return false }
        return text.count == word.count || !isWordByte(text[word.count])
    }

    static func hasDigit(_ bytes: [UInt8]) -> Bool {
        bytes.contains { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// A year (1950 to 2049) or "present"/"current", in lower-cased UTF-8.
    static func hasDate(_ lowered: [UInt8]) -> Bool {
        if containsWord(lowered, Array("present".utf8)) || containsWord(lowered, Array("current".utf8)) { return true }
        var digits = 0, value = 0
        for byte in lowered {
            if byte >= 0x30 && byte <= 0x39 {
                digits += 1
                value = value * 10 + Int(byte - 0x30)
                if digits == 4, (1950...2049).contains(value) { return true }
            } else {
                digits = 0
                value = 0
            }
        }
        return false
    }
}
