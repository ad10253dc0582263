import Foundation

/// The working time a resume shows: date ranges of its experience entries ("Jan 2020 – Present", "2019 - 2021",
/// "06/15 - Now"), overlapping periods merged, current roles counted to `today`, internships kept apart and
/// education left out. Entries run from a dated line to the next one, so a skill's years are those of the
/// entries that show it.
public struct ExperienceTimeline: Sendable {
    /// One dated entry: months since year 0, and the resume lines it covers.
    public struct Entry: Equatable, Sendable {
        public var start: Int
        public var end: Int
        public var isInternship: Bool
        /// The page and line of the entry's dated line, and of the last line before the next entry.
        public var first: (page: Int, line: Int)
        public var last: (page: Int, line: Int)

        public static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.start == rhs.start && lhs.end == rhs.end && lhs.isInternship == rhs.isInternship
                && lhs.first == rhs.first && lhs.last == rhs.last
        }

        func covers(_ location: SourceLocation) -> Bool {
            switch location {
            case .document(let page, let line, _): (page, line) >= first && (page, line) <= last
            }
        }
    }

    public var entries: [Entry]

    private static let month =
        #"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"#
    private static let date =
        #"(?:\#(month)\s*,?\s*'?\d{2,4}|\d{1,2}\s*[/.-]\s*\d{2,4}|\d{4}\s*[/.-]\s*\d{1,2}|\d{4})"#
    private static let range = try! NSRegularExpression(
        pattern:
            #"(\#(date))\s*(?:-|–|—|to|until|till|~|→)\s*(\#(date)|present|current|now|today|ongoing|date)"#,
        options: [.caseInsensitive])
    private static let internship = [
        "intern", "internship", "trainee", "praktikum", "stage", "co-op", "apprentice",
    ]

    /// The timeline of `resume`'s experience section as of `today`.
    public init(_ resume: Resume, today: Date = Date()) {
        let now = Self.months(of: today)
        let blocks = resume.blocks.filter { $0.section == .experience }
        var entries: [Entry] = []
        for (index, block) in blocks.enumerated() {
            guard let (start, end) = Self.range(in: block.text, now: now), start <= end,
                start > 1900 * 12
            else { continue }
            let nearby = blocks[max(0, index - 1)...index].map { $0.text.lowercased() }.joined(
                separator: " ")
            let words = nearby.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
            let isInternship = Self.internship.contains(where: words.contains)
            if !entries.isEmpty {
                entries[entries.count - 1].last = (blocks[index - 1].page, blocks[index - 1].line)
            }
            entries.append(
                Entry(
                    start: start, end: min(end, now + 1), isInternship: isInternship,
                    first: (block.page, block.line), last: (blocks.last!.page, blocks.last!.line)))
        }
        self.entries = entries
    }

    /// Years of work, internships left out (or only internships), overlaps counted once, one decimal.
    public func years(internships: Bool = false) -> Double {
        Self.years(of: entries.filter { $0.isInternship == internships })
    }

    /// Years of the entries whose lines hold one of `locations` (a skill's evidence).
    public func years(showing locations: [SourceLocation]) -> Double {
        Self.years(
            of: entries.filter { entry in
                !entry.isInternship && locations.contains(where: entry.covers)
            })
    }

    private static func years(of entries: [Entry]) -> Double {
        let sorted = entries.map { ($0.start, $0.end) }.sorted { $0.0 < $1.0 }
        var months = 0
        var current: (Int, Int)?
        for period in sorted {
            if let open = current, period.0 <= open.1 {
                current = (open.0, max(open.1, period.1))
            } else {
                if let open = current { months += open.1 - open.0 }
                current = period
            }
        }
        if let open = current { months += open.1 - open.0 }
        return (Double(months) / 12 * 10).rounded() / 10
    }

    private static func months(of date: Date) -> Int {
        let parts = Calendar(identifier: .gregorian).dateComponents(
            in: TimeZone(identifier: "UTC")!, from: date)
        return (parts.year ?? 2000) * 12 + (parts.month ?? 1) - 1
    }

    /// The first date range in `text`, as months since year 0; a year alone starts in January.
    static func range(in text: String, now: Int) -> (Int, Int)? {
        guard let match = range.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let first = Range(match.range(at: 1), in: text),
            let second = Range(match.range(at: 2), in: text),
            let start = months(text[first], now: now)
        else { return nil }
        let endText = text[second].lowercased()
        if ["present", "current", "now", "today", "ongoing", "date"].contains(endText) {
            return (start, now + 1)
        }
        guard let end = months(text[second], now: now) else { return nil }
        // A month is counted whole ("Jan 2020 – Dec 2022" is 36 months); a year alone ends as it begins
        // ("2019 - 2021" is 24 months).
        let endParts = text[second].split(whereSeparator: { !$0.isNumber && !$0.isLetter })
        let endHasMonth = text[second].contains(where: \.isLetter) || endParts.count == 2
        return (start, end + (endHasMonth ? 1 : 0))
    }

    private static let monthNames = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    /// "Jan 2020", "06/15", "2019.01", "2020": months since year 0.
    static func months(_ raw: Substring, now: Int) -> Int? {
        let text = raw.lowercased()
        let numbers = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        func year(_ value: Int) -> Int {
            guard value < 100 else { return value }
            return value + (2000 + value <= now / 12 + 1 ? 2000 : 1900)
        }
        if let name = monthNames.firstIndex(where: text.hasPrefix), let last = numbers.last {
            return year(last) * 12 + name
        }
        switch numbers.count {
        case 1: return numbers[0] >= 1900 ? numbers[0] * 12 : nil
        case 2:
            // "2019.01" or "01/2019" or "06/15".
            let (a, b) = (numbers[0], numbers[1])
            if a >= 1900, (1...12).contains(b) { return a * 12 + b - 1 }
            if (1...12).contains(a) { return year(b) * 12 + a - 1 }
            return nil
        default: return nil
        }
    }
}
