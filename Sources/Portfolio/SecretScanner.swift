/// Finds credentials committed in a project's text: cloud keys, tokens and private keys, by the prefixes their
/// issuers give them. The value is never repeated in a report: only its kind and its first four characters.
enum SecretScanner {
    struct Finding: Equatable {
        let line: Int
        let kind: String
        /// The first four characters and an ellipsis.
        let redacted: String
    }

    /// Prefixes, the characters a token is made of, its minimum length after the prefix, and its kind.
    private static let tokens:
        [(prefix: String, alphabet: @Sendable (Character) -> Bool, minimum: Int, kind: String)] = [
            ("AKIA", { $0.isASCII && ($0.isUppercase || $0.isNumber) }, 16, "AWS access key"),
            ("ghp_", isTokenCharacter, 30, "GitHub token"),
            ("gho_", isTokenCharacter, 30, "GitHub token"),
            ("github_pat_", isTokenCharacter, 30, "GitHub token"),
            ("glpat-", isTokenCharacter, 20, "GitLab token"),
            ("sk-", isTokenCharacter, 32, "OpenAI-style API key"),
            ("xoxb-", isTokenCharacter, 20, "Slack token"),
            ("xoxp-", isTokenCharacter, 20, "Slack token"),
            ("AIza", isTokenCharacter, 35, "Google API key"),
            ("hf_", { $0.isASCII && ($0.isLetter || $0.isNumber) }, 30, "Hugging Face token"),
        ]

    private static func isTokenCharacter(_ character: Character) -> Bool {
        character.isASCII
            && (character.isLetter || character.isNumber || character == "_" || character == "-")
    }

    /// Every prefix a finding starts with, for a byte search that rules most files out.
    static let prefixes = tokens.map(\.prefix) + ["PRIVATE KEY-----"]

    static func findings(in text: String) -> [Finding] {
        // Most files hold none of the prefixes: one pass over the whole text decides.
        guard
            tokens.contains(where: { text.contains($0.prefix) })
                || text.contains("PRIVATE KEY-----")
        else {
            return []
        }
        var found: [Finding] = []
        for (index, line) in text.split(
            omittingEmptySubsequences: false, whereSeparator: \.isNewline
        ).enumerated() {
            if line.contains("-----BEGIN") && line.contains("PRIVATE KEY-----") {
                found.append(
                    Finding(line: index + 1, kind: "private key", redacted: "-----BEGIN …"))
                continue
            }
            for token in tokens {
                var rest = line[...]
                while let range = rest.range(of: token.prefix) {
                    let before = rest[..<range.lowerBound].last
                    let body = rest[range.upperBound...].prefix(while: token.alphabet)
                    rest = rest[range.upperBound...]
                    guard before.map({ !isTokenCharacter($0) }) ?? true, body.count >= token.minimum
                    else { continue }
                    let value = token.prefix + body
                    found.append(
                        Finding(
                            line: index + 1, kind: token.kind,
                            redacted: String(value.prefix(4)) + "…"))
                }
            }
        }
        return found
    }
}
