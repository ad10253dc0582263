import Foundation

/// Takes out of a text what identifies a candidate, for blind screening: every email address, URL and phone
/// number, and the candidate's own name, the words of it, the name in the email address and the handles in
/// their links (`github.com/hdent` → `hdent`), wherever they stand ("Harvey Dent Foundation", a project's path).
public struct Redactor: Sendable {
    /// Lower-case words and phrases that identify the candidate, longest first.
    public let terms: [String]
    private let pattern: NSRegularExpression?

    public init(contact: Contact, links: [Link]) {
        var terms = Set<String>()
        func add(_ term: String) {
            let word = term.lowercased().trimmingCharacters(in: .punctuationCharacters)
            if word.count >= 3, !PersonName.particles.contains(word) { terms.insert(word) }
        }
        if let name = contact.name {
            add(name)
            for word in name.split(separator: " ") { add(String(word)) }
        }
        if let email = contact.email, let local = email.split(separator: "@").first {
            add(String(local))
            for part in local.split(whereSeparator: { ".-_+".contains($0) }) { add(String(part)) }
        }
        for link in links where link.kind != .website {
            if let handle = ContactFinder.handle(in: link.url) { add(handle) }
        }
        self.terms = terms.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        let alternatives = self.terms.map(NSRegularExpression.escapedPattern(for:)).joined(
            separator: "|")
        self.pattern =
            alternatives.isEmpty
            ? nil
            : try? NSRegularExpression(
                pattern: "(?<![\\p{L}\\p{N}])(?:\(alternatives))(?![\\p{L}\\p{N}])",
                options: [.caseInsensitive])
    }

    /// `text` with addresses, links, phone numbers and the candidate's words replaced by `[redacted]`.
    public func redact(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map {
            word -> String in
            let token = String(word)
            if token.contains("@") || token.contains("://") || token.lowercased().hasPrefix("www.")
                || !ContactFinder.urlCandidates(in: token).isEmpty
            {
                return "[redacted]"
            }
            return token
        }
        var result = words.joined(separator: " ")
        words.removeAll()
        while let phone = ContactFinder.phoneNumber(in: result), let range = result.range(of: phone)
        {
            result.replaceSubrange(range, with: "[redacted]")
        }
        guard let pattern else { return result }
        let whole = NSRange(result.startIndex..., in: result)
        return pattern.stringByReplacingMatches(
            in: result, range: whole, withTemplate: "[redacted]")
    }
}
