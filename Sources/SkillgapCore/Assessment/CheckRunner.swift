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
            // An ASCII line is lowered byte by byte, as `lowercased()` would lower it, without a new string.
            lowered = zip(blocks, bytes).map { block, bytes in
                bytes.allSatisfy { $0 < 0x80 }
                    ? bytes.map { (65...90).contains($0) ? $0 + 32 : $0 }
                    : Array(block.text.lowercased().utf8)
            }
            sections = Set(resume.sectionsFound)
        }
    }

    public func findings(for resume: Resume) -> [Finding] {
        let prepared = Prepared(resume)
        return checks.compactMap { check in
            detail(of: check.rule, in: resume, prepared).map {
                Finding(rule: check.id, level: check.level, message: check.message, detail: $0)
            }
        }
    }

    /// Nil when the resume passes; otherwise the finding's specifics (`.some(nil)` when the message says it all).
    private func detail(
        of rule: CheckRule, in resume: Resume, _ prepared: Prepared
    ) -> FindingDetail?? {
        let blocks = prepared.blocks
        let sections = prepared.sections
        switch rule {
        case .contact(let field):
            let value: String? =
                switch field {
                case .name: resume.contact.name
                case .email: resume.contact.email
                case .phone: resume.contact.phone
                }
            return value == nil ? .some(nil) : nil
        case .sections(let required):
            let missing = required.filter { !sections.contains($0) }
            return missing.isEmpty ? nil : .missingSections(missing)
        case .links(let kinds):
            return resume.links.contains { kinds.contains($0.kind) } ? nil : .some(nil)
        case .projectEntries(let problem, let approach, let result):
            let entries = Self.projectEntries(in: blocks)
            guard !entries.isEmpty else { return nil }
            var incomplete: [(Block, [FindingDetail.ProjectPart])] = []
            let cues = [problem, approach, result].map { $0.map { Array($0.lowercased().utf8) } }
            for members in entries {
                let entry = blocks[members[0]]
                let lower = Array(members.map { prepared.lowered[$0] }.joined(separator: [0x20]))
                var lacking: [FindingDetail.ProjectPart] = []
                if !cues[0].contains(where: { Self.containsWord(lower, $0) }) {
                    lacking.append(.problem)
                }
                if !cues[1].contains(where: { Self.containsWord(lower, $0) }) {
                    lacking.append(.approach)
                }
                if !cues[2].contains(where: { Self.containsWord(lower, $0) })
                    && !Self.hasDigit(lower)
                {
                    lacking.append(.result)
                }
                if !lacking.isEmpty { incomplete.append((entry, lacking)) }
            }
            guard let first = incomplete.first else { return nil }
            return .incompleteProjects(
                count: incomplete.count, of: entries.count, first: SourceLocation(first.0),
                lacking: first.1)
        case .quantified(let scope, let minimumShare):
            let candidates = blocks.indices.filter {
                scope.contains(blocks[$0].section ?? .other) && blocks[$0].kind != .heading
            }
            let listed = candidates.filter { blocks[$0].kind == .listItem }
            let bullets = listed.isEmpty ? candidates : listed
            guard bullets.count >= 3 else { return nil }
            let withNumber = bullets.filter { Self.hasDigit(prepared.bytes[$0]) }.count
            let share = Double(withNumber) / Double(bullets.count)
            return share >= minimumShare
                ? nil : .fewNumbers(withNumber: withNumber, of: bullets.count)
        case .length(let maximumPages, let minimumWords, let maximumWords):
            let document = resume.document
            var problems: [FindingDetail.LengthProblem] = []
            if document.format == .pdf || document.format == .docx, document.pages > maximumPages {
                problems.append(.tooManyPages(document.pages))
            }
            let words = document.wordCount
            if words < minimumWords { problems.append(.tooFewWords(words, minimum: minimumWords)) }
            if words > maximumWords { problems.append(.tooManyWords(words, maximum: maximumWords)) }
            return problems.isEmpty ? nil : .length(problems)
        case .phrases(let phrases, let caseSensitive, let atStart, let scope):
            var hits: [(Block, String)] = []
            let wanted = phrases.map { Array((caseSensitive ? $0 : $0.lowercased()).utf8) }
            for (index, block) in blocks.enumerated() where scope.contains(block.section ?? .other)
            {
                let text = caseSensitive ? prepared.bytes[index] : prepared.lowered[index]
                for (phrase, bytes) in zip(phrases, wanted) {
                    let found =
                        atStart ? Self.startsWithWord(text, bytes) : Self.containsWord(text, bytes)
                    if found {
                        hits.append((block, phrase))
                        break
                    }
                }
            }
            guard let first = hits.first else { return nil }
            return .phrases(
                lines: hits.count, first: SourceLocation(first.0), phrase: first.1,
                quote: SkillMatcher.quote(first.0.text, around: 0..<0))
        case .dates(let scope):
            let undated = scope.filter { section in
                let inSection = blocks.indices.filter { blocks[$0].section == section }
                return !inSection.isEmpty
                    && !inSection.contains { Self.hasDate(prepared.lowered[$0]) }
            }
            return undated.isEmpty ? nil : .undated(undated)
        }
    }

    /// The projects section's entries, each the indices of its blocks: a project opens at a heading or a line
    /// that is not a list item and does not continue the line before it (its title, or a paragraph), and its
    /// bullets and wrapped lines follow it. A section of bullets without titles is one project per bullet.
    static func projectEntries(in blocks: [Block]) -> [[Int]] {
        let members = blocks.indices.filter {
            blocks[$0].section == .projects && !blocks[$0].startsSection
        }
        let titled = members.contains { blocks[$0].kind != .listItem }
        var entries: [[Int]] = []
        for index in members {
            let block = blocks[index]
            let continues = block.text.first.map { $0.isLowercase } ?? false
            let opens = titled ? (block.kind != .listItem && !continues) : !continues
            if opens || entries.isEmpty {
                entries.append([index])
            } else {
                entries[entries.count - 1].append(index)
            }
        }
        // An entry of fewer than four words in all (a stray label) is not a project.
        return entries.filter { entry in
            entry.reduce(0) { $0 + blocks[$1].text.wordCount } >= 4
        }
    }

    /// `needle` as whole words in `haystack` (both UTF-8 in the same case). A word that ends in punctuation
    /// ("%") may be followed by anything.
    static func containsWord(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        WholeWords.contains(
            needle, in: haystack, phraseEndsInWord: needle.last.map(isWordByte) ?? false
        ) {
            isWordByte(haystack[$0])
        }
    }

    /// ASCII letters and digits, and every byte of a non-ASCII character, are parts of words.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39)
            || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    static func startsWithWord(_ text: [UInt8], _ word: [UInt8]) -> Bool {
        guard text.starts(with: word) else { return false }
        return text.count == word.count || !isWordByte(text[word.count])
    }

    static func hasDigit(_ bytes: [UInt8]) -> Bool {
        bytes.contains { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Words that stand for the end date of something that goes on.
    static let ongoing = ["present", "current", "now", "today", "ongoing", "till date", "to date"]
        .map {
            Array($0.utf8)
        }

    /// A year (1950 to 2049), a month and a two-digit year ("06/15", "6.2015"), or an ongoing end ("present",
    /// "now"), in lower-cased UTF-8.
    static func hasDate(_ lowered: [UInt8]) -> Bool {
        if ongoing.contains(where: { containsWord(lowered, $0) }) || hasMonthAndYear(lowered) {
            return true
        }
        var digits = 0
        var value = 0
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

    /// "06/15", "6-2015", "06.2015": a month (1 to 12) and a year of two or four digits, joined by "/" or "-"
    /// (by "." only with four, so that a grade of "3.85" is no date), standing as a word of its own.
    static func hasMonthAndYear(_ bytes: [UInt8]) -> Bool {
        func isDigit(_ index: Int) -> Bool {
            index >= 0 && index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39
        }
        for (index, byte) in bytes.enumerated() where byte == 0x2F || byte == 0x2D || byte == 0x2E {
            var start = index
            while isDigit(start - 1) { start -= 1 }
            var end = index + 1
            while isDigit(end) { end += 1 }
            let yearDigits = end - index - 1
            guard (1...2).contains(index - start),
                yearDigits == 4 || (yearDigits == 2 && byte != 0x2E),
                start == 0 || !isWordByte(bytes[start - 1]),
                end == bytes.count
                    || (!isWordByte(bytes[end]) && bytes[end] != 0x2F && bytes[end] != 0x2E)
            else { continue }
            let month = Int(String(decoding: bytes[start..<index], as: UTF8.self)) ?? 0
            if (1...12).contains(month) { return true }
        }
        return false
    }
}
