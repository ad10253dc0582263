import Yams

/// One rule file: its name for messages and its text, parsed safely.
struct RuleSource {
    /// Rule files are small; anything larger is refused before parsing.
    static let maximumBytes = 2_000_000
    /// Bound on the nodes one file may hold, counting every use of a YAML alias, so an alias bomb is refused.
    static let maximumNodes = 200_000

    let name: String
    let text: String
    private let lines: [Substring]

    init(name: String, text: String) {
        self.name = name
        self.text = text
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    func error(
        _ message: String, line: Int? = nil, column: Int? = nil, hint: String? = nil
    ) -> RuleFileError {
        let snippet = line.flatMap { $0 >= 1 && $0 <= lines.count ? String(lines[$0 - 1]) : nil }
        return RuleFileError(
            file: name, line: line, column: column, message: message, snippet: snippet, hint: hint)
    }

    /// The root node, after size, syntax and alias checks.
    func root() throws -> RuleNode {
        guard text.utf8.count <= Self.maximumBytes else {
            throw error(
                "the file is \(text.utf8.count / 1000) KB; rule files are limited to \(Self.maximumBytes / 1_000_000) MB"
            )
        }
        let node: Node?
        do {
            // Rule readers convert every scalar themselves (`RuleNode.int`, `.bool`), so tags are never used:
            // the basic resolver skips Yams' per-scalar regular expressions, most of a load's time.
            node = try Yams.compose(yaml: text, .basic)
        } catch let yamlError as YamlError {
            throw Self.describe(yamlError, in: self)
        } catch {
            throw self.error("cannot parse YAML: \(error)")
        }
        guard let node else { throw self.error("the file is empty") }
        var budget = Self.maximumNodes
        guard Self.fits(node, budget: &budget) else {
            throw self.error(
                "the file expands to more than \(Self.maximumNodes) YAML nodes (an alias bomb?)",
                hint: "rule files need no anchors or aliases; write the values out")
        }
        return RuleNode(node: node, source: self)
    }

    private static func fits(_ node: Node, budget: inout Int) -> Bool {
        budget -= 1
        guard budget >= 0 else { return false }
        switch node {
        case .scalar: return true
        case .sequence(let sequence): return sequence.allSatisfy { fits($0, budget: &budget) }
        case .mapping(let mapping):
            return mapping.allSatisfy {
                fits($0.key, budget: &budget) && fits($0.value, budget: &budget)
            }
        case .alias: return true
        }
    }

    private static func describe(_ error: YamlError, in source: RuleSource) -> RuleFileError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            // libyaml stops at 1,000 levels; a rule file needs about five.
            if problem.contains("nesting level") {
                return source.error(
                    "the YAML is nested more than 1000 levels deep", line: mark.line,
                    column: mark.column,
                    hint: "rule files nest a few levels at most; see Rules/README.md for the shape")
            }
            return source.error(
                "invalid YAML: \(problem)", line: mark.line, column: mark.column,
                hint: "check the indentation and quoting on this line")
        case .duplicatedKeysInMapping(let duplicates, _):
            return source.error(
                "keys appear twice in one mapping: \(duplicates.joined(separator: ", "))")
        default:
            return source.error("invalid YAML: \(error)")
        }
    }
}
