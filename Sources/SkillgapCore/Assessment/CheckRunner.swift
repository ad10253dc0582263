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
            let entries = blocks.indices.filter {
                blocks[$0].section == .projects && blocks[$0].text.split(separator: " ").count >= 4
            }
            guard !entries.isEmpty else { return nil }
            var incomplete: [(Block, [FindingDetail.ProjectPart])] = []
            let cues = [problem, approach, result].map { $0.map { Array($0.lowercased().utf8) } }
            for index in entries {
                let entry = blocks[index]
                let lower = prepared.lowered[index]
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

    /// A year (1950 to 2049) or "present"/"current", in lower-cased UTF-8.
    static func hasDate(_ lowered: [UInt8]) -> Bool {
        if containsWord(lowered, Array("present".utf8))
            || containsWord(lowered, Array("current".utf8))
        {
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
}
