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
            case .file: false
            }
        }
    }

    public var entries: [Entry]

    private static let internship = [
        "intern", "internship", "trainee", "praktikum", "stage", "co-op", "apprentice",
    ]

    /// The timeline of `resume`'s experience section as of `today`.
    public init(_ resume: Resume, today: Date = Date()) {
        self.init(resume, now: Self.months(of: today))
    }

    /// The timeline as of `now`, in months since year 0 (see `months(of:)`): a batch works it out once.
    public init(_ resume: Resume, now: Int) {
        let blocks = resume.blocks.filter { $0.section == .experience }
        var entries: [Entry] = []
        for (index, block) in blocks.enumerated() {
            guard let (start, end) = Self.range(in: block.text, now: now), start <= end,
                start > 1900 * 12
            else { continue }
            let nearby = Array(
                blocks[max(0, index - 1)...index].map { $0.text.lowercased() }.joined(
                    separator: " "
                ).utf8)
            let isInternship = Self.internship.contains {
                CheckRunner.containsWord(nearby, Array($0.utf8))
            }
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

    /// A date as months since year 0, in UTC (proleptic Gregorian).
    ///
    /// Worked out from the day number with Howard Hinnant's `civil_from_days` rather than with `Calendar`: a
    /// Gregorian calendar and the UTC time zone cost a one-page `check` half a millisecond to set up (the time
    /// zone database is read from disk), for a year and a month.
    public static func months(of date: Date) -> Int {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        guard seconds.isFinite, abs(seconds) < 1e15 else { return 2000 * 12 }
        let days = Int(seconds) >= 0 ? Int(seconds) / 86_400 : (Int(seconds) - 86_399) / 86_400
        // Days since 0000-03-01, in eras of 400 years (146,097 days) that begin on March 1.
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let marchBasedMonth = (5 * dayOfYear + 2) / 153
        let month = marchBasedMonth < 10 ? marchBasedMonth + 3 : marchBasedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return year * 12 + month - 1
    }

    /// A piece of a date line: a number as written ("2020", "06/15", "2019.01"), a word, or a dash-like mark.
    private enum Token: Equatable {
        case number(String)
        case word(String)
        case dash
    }

    /// The words and numbers of a line, lower-cased, scanned byte by byte (no pattern, no Unicode lookups):
    /// a batch reads every dated line of every resume.
    private static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current: [UInt8] = []
        var isNumber = false
        func flush() {
            guard !current.isEmpty else { return }
            let text = String(decoding: current, as: UTF8.self)
            tokens.append(isNumber ? .number(text) : .word(text))
            current = []
        }
        func isDigit(_ index: Int) -> Bool {
            index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39
        }
        let bytes = Array(text.lowercased().utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if isDigit(index) {
                if !isNumber { flush() }
                isNumber = true
                current.append(byte)
            } else if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x80 && byte != 0xE2) {
                if isNumber { flush() }
                isNumber = false
                current.append(byte)
            } else if isNumber, byte == UInt8(ascii: "/") || byte == UInt8(ascii: "."),
                isDigit(index + 1)
            {
                // "06/15", "2019.01": one date.
                current.append(byte)
            } else if isNumber, byte == UInt8(ascii: "-"), current.count == 4, isDigit(index + 1),
                isDigit(index + 2),
                !isDigit(index + 3)
            {
                // "2019-01" is a month; "2019-2021" is a range.
                current.append(byte)
            } else {
                flush()
                if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "~") {
                    tokens.append(.dash)
                } else if byte == 0xE2, index + 2 < bytes.count {
                    // "–", "—" and "→" are dashes; other marks in that block (bullets, quotes) separate.
                    let (b1, b2) = (bytes[index + 1], bytes[index + 2])
                    if (b1 == 0x80 && (b2 == 0x93 || b2 == 0x94)) || (b1 == 0x86 && b2 == 0x92) {
                        tokens.append(.dash)
                    }
                    index += 2
                }
            }
            index += 1
        }
        flush()
        return tokens
    }

    private static let ongoing: Set<String> = [
        "present", "current", "now", "today", "ongoing", "date",
    ]
    private static let rangeWords: Set<String> = ["to", "until", "till"]

    /// A date starting at token `index`: months since year 0 and the index after it. An end date counts its
    /// month whole; a year alone starts in January and, as an end, ends as it begins.
    private static func date(_ tokens: [Token], at index: Int, now: Int, isEnd: Bool) -> (Int, Int)?
    {
        guard index < tokens.count else { return nil }
        let whole = isEnd ? 1 : 0
        switch tokens[index] {
        case .word(let word):
            if isEnd, ongoing.contains(word) { return (now + 1, index + 1) }
            guard let month = monthNames[word],
                index + 1 < tokens.count, case .number(let number) = tokens[index + 1],
                number.count == 2 || number.count == 4, let value = Int(number)
            else { return nil }
            return (year(value, now: now) * 12 + month + whole, index + 2)
        case .number(let number):
            let parts = number.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" })
                .compactMap { Int($0) }
            if parts.count == 1, number.count == 4, parts[0] >= 1900 {
                return (parts[0] * 12, index + 1)
            }
            guard parts.count == 2 else { return nil }
            let (a, b) = (parts[0], parts[1])
            if a >= 1900, (1...12).contains(b) { return (a * 12 + b - 1 + whole, index + 1) }
            if (1...12).contains(a), b < 100 || b >= 1900 {
                return (year(b, now: now) * 12 + a - 1 + whole, index + 1)
            }
            return nil
        case .dash:
            return nil
        }
    }

    private static func year(_ value: Int, now: Int) -> Int {
        guard value < 100 else { return value }
        return value + (2000 + value <= now / 12 + 1 ? 2000 : 1900)
    }

    /// The first date range in `text`, as months since year 0, the end exclusive: "Jan 2020 – Dec 2022" is 36
    /// months, "2019 - 2021" is 24, and a current role ("– Present") runs through this month.
    static func range(in text: String, now: Int) -> (Int, Int)? {
        // Most lines hold no date at all: a year (four digits) or a month number with a slash or dot is found
        // by a scan far cheaper than tokenising.
        guard Self.mayHoldDate(text) else { return nil }
        let tokens = tokens(text)
        for index in tokens.indices {
            guard let (start, next) = date(tokens, at: index, now: now, isEnd: false),
                next < tokens.count
            else {
                continue
            }
            let separated: Bool
            switch tokens[next] {
            case .dash: separated = true
            case .word(let word): separated = rangeWords.contains(word)
            case .number: separated = false
            }
            if separated, let (end, _) = date(tokens, at: next + 1, now: now, isEnd: true) {
                return (start, end)
            }
        }
        return nil
    }

    private static func mayHoldDate(_ text: String) -> Bool {
        var run = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                run += 1
                if run == 4 { return true }
            } else {
                if run >= 1 && (byte == UInt8(ascii: "/") || byte == UInt8(ascii: "."))
                    && previous >= 0x30 && previous <= 0x39
                {
                    return true
                }
                run = 0
            }
            previous = byte
        }
        return false
    }

    /// Month names and their abbreviations, to the month's number from 0.
    private static let monthNames: [String: Int] = {
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december",
        ]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index
            table[String(name.prefix(3))] = index
        }
        table["sept"] = 8
        return table
    }()
}
