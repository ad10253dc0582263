import Foundation

/// Finds the email address, phone number, name and links of a resume anywhere in its text and markup.
public struct ContactFinder: Sendable {
    public init() {}

    /// Top-level domains accepted for a link written without `https://` or `www.`.
    private static let bareDomainSuffixes: Set<String> = [
        "com", "io", "dev", "me", "net", "org", "ai", "co", "app", "page", "site", "xyz", "tech",
        "info", "edu", "us",
        "uk", "de", "in", "ca", "fr", "eu", "ly", "sh", "so", "gg", "to",
    ]

    /// Email, phone and name from the blocks; the name is only looked for near the top.
    public func contact(in blocks: [Block]) -> Contact {
        var contact = Contact()
        for block in blocks {
            if contact.email == nil, block.text.contains("@") {
                contact.email = ContactScanner.firstEmail(in: block.text)
            }
            if contact.phone == nil, block.text.lazy.filter(\.isNumber).count >= 10 {
                contact.phone = Self.phoneNumber(in: block.text)
            }
            if contact.email != nil, contact.phone != nil { break }
        }
        contact.name = name(in: blocks)
        return contact
    }

    /// Every distinct link in the text and in the markup targets, in order of first appearance.
    public func links(in blocks: [Block], targets: [String]) -> [Link] {
        var seen = Set<String>()
        var links: [Link] = []
        func add(_ raw: String) {
            guard let link = Self.link(from: raw) else { return }
            // The same page with or without "https://", "www." or a final "/" is one link.
            var key = link.url.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            for prefix in ["https://", "http://", "www."] where key.hasPrefix(prefix) {
                key.removeFirst(prefix.count)
            }
            if seen.insert(key).inserted { links.append(link) }
        }
        for target in targets { add(target) }
        for block in blocks where block.text.utf8.contains(UInt8(ascii: ".")) {
            for candidate in Self.urlCandidates(in: block.text) { add(candidate) }
        }
        return links
    }

    /// The bytes that end a word that may be a URL, as a table: looked up for every byte of every line.
    private static let urlSeparators: [Bool] = (0..<256).map {
        " \t\n|,;<>\"'[]{}".utf8.contains(UInt8($0))
    }

    /// Words that are URLs: with a scheme, starting with `www.`, or a bare domain with a known top-level
    /// domain (`github.com/jane`, `jane.dev`). Email addresses are not links.
    static func urlCandidates(in text: String) -> [String] {
        // Brackets do not split a word: "(github.com/jane)" loses them below, "wiki/Foo_(bar)" keeps its own.
        var candidates: [String] = []
        for word in text.utf8.split(whereSeparator: { urlSeparators[Int($0)] })
        where word.contains(UInt8(ascii: ".")) {
            let token = Self.withoutStrayBrackets(
                String(String(decoding: word, as: UTF8.self).trimming([".", ":", "!", "?"])))
            guard !token.contains("@") else { continue }
            let lower = token.lowercased()
            if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
            {
                candidates.append(token)
                continue
            }
            let host = lower.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)[
                0]
            let labels = host.split(separator: ".", omittingEmptySubsequences: false)
            guard labels.count >= 2, let suffix = labels.last,
                bareDomainSuffixes.contains(String(suffix)),
                labels.allSatisfy({
                    !$0.isEmpty
                        && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
                })
            else { continue }
            candidates.append(token)
        }
        return candidates
    }

    /// Classifies a URL-like string, adding a scheme where it has none; nil for mail, phone and
    /// things that only look like domains (`ASP.NET`, `Node.js`).
    public static func link(from raw: String) -> Link? {
        var url = withoutStrayBrackets(
            raw.trimmingCharacters(in: CharacterSet(charactersIn: " .,;:!?]}>\"'")))
        let lower = url.lowercased()
        if lower.hasPrefix("mailto:") || lower.hasPrefix("tel:") || lower.hasPrefix("#")
            || lower.isEmpty
        {
            return nil
        }
        if lower.hasPrefix("javascript:") || lower.hasPrefix("data:") || lower.hasPrefix("file:") {
            return nil
        }
        let hasScheme = lower.hasPrefix("http://") || lower.hasPrefix("https://")
        if !hasScheme {
            // A bare domain must be written in lower case: "ASP.NET" and "Vue.JS" are technologies.
            guard url == lower || lower.hasPrefix("www.") else { return nil }
            if ["asp.net", "vb.net", "ado.net", "node.js", "vue.js", "next.js", "react.js"]
                .contains(lower)
            {
                return nil
            }
            url = "https://" + url
        }
        guard let host = URL(string: url)?.host?.lowercased(), host.contains(".") else {
            return nil
        }
        let bareHost = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        let kind = kind(ofHost: bareHost)
        // "https://github.com" or "linkedin.com/in/" names a site, not the person's page on it.
        if kind != .website, kind != .social, handle(in: url) == nil { return nil }
        return Link(kind: kind, url: url)
    }

    /// The person's handle in a profile URL: the first part of its path that is not a fixed word of the site
    /// ("jane" in "github.com/jane" and "linkedin.com/in/jane"); nil for the site itself ("github.com/",
    /// "linkedin.com/in/").
    static func handle(in url: String) -> String? {
        URL(string: url)?.path.split(separator: "/").first {
            !["in", "u", "user", "users", "pub"].contains($0)
        }.map(String.init)
    }

    /// The text without brackets that do not belong to it: an opening one before it, and closing ones at its
    /// end that nothing opened ("(github.com/jane)" is "github.com/jane"; "wiki/Foo_(bar)" keeps its own).
    static func withoutStrayBrackets(_ text: String) -> String {
        var result = Substring(text)
        while result.hasPrefix("(") { result = result.dropFirst() }
        while result.hasSuffix(")"),
            result.filter({ $0 == ")" }).count > result.filter({ $0 == "(" }).count
        {
            result = result.dropLast()
        }
        return String(result)
    }

    private static func kind(ofHost host: String) -> LinkKind {
        func isOrUnder(_ domain: String) -> Bool { host == domain || host.hasSuffix("." + domain) }
        if host == "github.com" || host == "gist.github.com" { return .github }
        if isOrUnder("gitlab.com") { return .gitlab }
        if isOrUnder("linkedin.com") { return .linkedin }
        if isOrUnder("kaggle.com") { return .kaggle }
        if isOrUnder("huggingface.co") || host == "hf.co" { return .huggingface }
        let social = [
            "twitter.com", "x.com", "facebook.com", "fb.com", "fb.co", "instagram.com",
            "youtube.com",
            "quora.com", "medium.com", "stackoverflow.com", "t.me",
        ]
        if social.contains(where: isOrUnder) { return .social }
        return .website
    }

    /// A run of 10 to 15 digits with phone punctuation, which is not a range of years or dates.
    static func phoneNumber(in text: String) -> String? {
        for match in ContactScanner.phoneCandidates(in: text) {
            // A candidate holds digits, "+", "(", ")", ".", "-" and ASCII spaces only: trimming spaces is
            // trimming whitespace, without Foundation's character sets (costly to set up in a one-file check).
            let candidate = String(match.trimmingSpaces)
            let digits = candidate.filter(\.isNumber)
            guard (10...15).contains(digits.count) else { continue }
            // "2016 - 2020", "2019.01 - 2020.05": dates, not phones.
            let groups = candidate.split(whereSeparator: { !$0.isNumber })
            if groups.allSatisfy({
                $0.count == 4 && ($0.hasPrefix("19") || $0.hasPrefix("20")) || $0.count <= 2
            }),
                groups.contains(where: { $0.count == 4 })
            {
                continue
            }
            return candidate
        }
        return nil
    }

    /// The candidate's name (`PersonName`): the opening heading, which may be one word ("ANDERSON") or two
    /// split over two lines ("Mughilan" / "Muthupari"), or the first line near the top, before the first
    /// section, that holds a person's name. Nil when none does: many resumes carry no name.
    func name(in blocks: [Block]) -> String? {
        if let first = blocks.first, first.kind == .heading {
            if blocks.count > 1, blocks[1].kind == .heading, !first.text.contains(" "),
                !blocks[1].text.contains(" "),
                let name = PersonName.name(
                    in: first.text + " " + blocks[1].text, mononymAllowed: false,
                    caselessAllowed: true)
            {
                return name
            }
            if let name = PersonName.name(
                in: first.text, mononymAllowed: true, caselessAllowed: true)
            {
                return name
            }
        }
        for (index, block) in blocks.prefix(6).enumerated() {
            if block.startsSection, block.section != .contact { break }
            if let name = PersonName.name(
                in: block.text, mononymAllowed: false, caselessAllowed: index < 2)
            {
                return name
            }
        }
        return nil
    }
}
