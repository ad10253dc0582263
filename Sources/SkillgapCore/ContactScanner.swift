/// Email addresses and phone-number candidates found by scanning a line's scalars. They find exactly what
/// these two patterns find (ContactScannerTests compares them with NSRegularExpression on random text), without
/// compiling a regular expression: the first one a process compiles sets up ICU's regex tables, a sizeable part
/// of a one-page `check`.
///
///     email:  (?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}
///     phone:  (?<![\w/])\+?\(?\d[\d ().\-]{7,18}\d(?![\w/])
enum ContactScanner {
    /// The first email address in `text`.
    static func firstEmail(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        for at in scalars.indices where scalars[at] == "@" {
            guard let end = domainEnd(scalars, after: at) else { continue }
            // The local part: the run of its characters before "@"; it starts at the first place that is a
            // letter or digit not preceded by a word character, ".", "+" or "-".
            var runStart = at
            while runStart > 0, isLocal(scalars[runStart - 1]) { runStart -= 1 }
            for start in runStart..<at
            where isASCIIAlphanumeric(scalars[start])
                && (start == 0
                    || !isWord(scalars[start - 1])
                        && !".+-".unicodeScalars.contains(scalars[start - 1]))
            {
                return String(String.UnicodeScalarView(scalars[start..<end]))
            }
        }
        return nil
    }

    /// Where the domain after the "@" at `at` ends, or nil: labels of letters, digits and hyphens joined by
    /// dots, ending in a dot and two or more letters (the last label that starts so, cut after its letters).
    private static func domainEnd(_ scalars: [Unicode.Scalar], after at: Int) -> Int? {
        var index = at + 1
        func label() -> Int {
            let start = index
            while index < scalars.count, isDomain(scalars[index]) { index += 1 }
            return index - start
        }
        guard label() > 0 else { return nil }
        var end: Int?
        while index < scalars.count, scalars[index] == "." {
            index += 1
            let labelStart = index
            guard label() > 0 else { break }
            var letters = labelStart
            while letters < index, isASCIILetter(scalars[letters]) { letters += 1 }
            if letters - labelStart >= 2 { end = letters }
        }
        return end
    }

    /// Every run the phone pattern matches in `text`, left to right, without overlaps.
    static func phoneCandidates(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var found: [String] = []
        var start = 0
        while start < scalars.count {
            if let end = phoneEnd(scalars, from: start) {
                found.append(String(String.UnicodeScalarView(scalars[start..<end])))
                start = end
            } else {
                start += 1
            }
        }
        return found
    }

    private static func phoneEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        if start > 0, isWord(scalars[start - 1]) || scalars[start - 1] == "/" { return nil }
        var index = start
        if index < scalars.count, scalars[index] == "+" { index += 1 }
        if index < scalars.count, scalars[index] == "(" { index += 1 }
        guard index < scalars.count, isDigit(scalars[index]) else { return nil }
        let body = index + 1
        var run = 0
        while body + run < scalars.count, run < 19, isPhonePunctuationOrDigit(scalars[body + run]) {
            run += 1
        }
        // The longest middle of 7 to 18 characters that a digit ends, with no word character or "/" after it.
        var middle = min(18, run - 1)
        while middle >= 7 {
            let last = body + middle
            if isDigit(scalars[last]) {
                let after = last + 1
                if after >= scalars.count || !(isWord(scalars[after]) || scalars[after] == "/") {
                    return after
                }
            }
            middle -= 1
        }
        return nil
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value >= 65 && scalar.value <= 90) || (scalar.value >= 97 && scalar.value <= 122)
    }

    private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        isASCIILetter(scalar) || (scalar.value >= 48 && scalar.value <= 57)
    }

    private static func isLocal(_ scalar: Unicode.Scalar) -> Bool {
        isASCIIAlphanumeric(scalar) || "._%+-".unicodeScalars.contains(scalar)
    }

    private static func isDomain(_ scalar: Unicode.Scalar) -> Bool {
        isASCIIAlphanumeric(scalar) || scalar == "-"
    }

    /// `\d`: a decimal digit of any script.
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value >= 48 && scalar.value <= 57 }
        return scalar.properties.numericType == .decimal
    }

    private static func isPhonePunctuationOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        isDigit(scalar) || " ().-".unicodeScalars.contains(scalar)
    }

    /// `\w` as ICU reads it: letters, marks, decimal digits, connector punctuation, and the joiners.
    private static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return isASCIIAlphanumeric(scalar) || scalar == "_"
        }
        if scalar.value == 0x200C || scalar.value == 0x200D { return true }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation:
            return true
        default:
            return false
        }
    }
}
