import Yams

/// A YAML node of a rule file with typed, strict accessors: every mistake becomes a `RuleFileError` that points
/// at the node's line and column and quotes the line.
struct RuleNode {
    let node: Node
    let source: RuleSource

    var line: Int? { node.mark?.line }
    var column: Int? { node.mark?.column }

    func error(_ message: String, hint: String? = nil) -> RuleFileError {
        source.error(message, line: line, column: column, hint: hint)
    }

    /// A mapping whose keys must all be in `allowed`; the keys in `required` must be present.
    func mapping(
        _ what: String, allowed: [String], required: [String] = []
    ) throws -> [String: RuleNode] {
        guard case .mapping(let mapping) = node else {
            throw error(
                "\(what) must be a mapping of keys to values",
                hint: "allowed keys: \(allowed.joined(separator: ", "))")
        }
        var result: [String: RuleNode] = [:]
        for (keyNode, valueNode) in mapping {
            let key = RuleNode(node: keyNode, source: source)
            guard case .scalar(let scalar) = keyNode else {
                throw key.error("a key of \(what) must be a plain word")
            }
            guard allowed.contains(scalar.string) else {
                let suggestion = allowed.min {
                    editDistance($0, scalar.string) < editDistance($1, scalar.string)
                }
                let hint =
                    suggestion.flatMap {
                        editDistance($0, scalar.string) <= 2 ? "did you mean '\($0)'?" : nil
                    }
                    ?? "allowed keys: \(allowed.joined(separator: ", "))"
                throw key.error("unknown key '\(scalar.string)' in \(what)", hint: hint)
            }
            guard result[scalar.string] == nil else {
                throw key.error("key '\(scalar.string)' appears twice in \(what)")
            }
            result[scalar.string] = RuleNode(node: valueNode, source: source)
        }
        for key in required where result[key] == nil {
            throw error("\(what) has no '\(key)'", hint: "add '\(key): ...'")
        }
        return result
    }

    func string(_ what: String) throws -> String {
        guard case .scalar(let scalar) = node else {
            throw error("'\(what)' must be a single value, not a list or mapping")
        }
        guard !scalar.string.isEmpty else { throw error("'\(what)' is empty") }
        return scalar.string
    }

    func sequence(_ what: String) throws -> [RuleNode] {
        guard case .sequence(let sequence) = node else {
            throw error(
                "'\(what)' must be a list",
                hint: "write it as [a, b] or as lines starting with '- '")
        }
        return sequence.map { RuleNode(node: $0, source: source) }
    }

    /// A list of non-empty strings, each with its node for later errors.
    func strings(_ what: String) throws -> [(String, RuleNode)] {
        try sequence(what).map { item in (try item.string("an item of \(what)"), item) }
    }

    func int(_ what: String) throws -> Int {
        guard case .scalar(let scalar) = node, let value = Int(scalar.string) else {
            throw error("'\(what)' must be a whole number")
        }
        return value
    }

    func double(_ what: String) throws -> Double {
        guard case .scalar(let scalar) = node, let value = Double(scalar.string), value.isFinite
        else {
            throw error("'\(what)' must be a number")
        }
        return value
    }

    func bool(_ what: String) throws -> Bool {
        guard case .scalar(let scalar) = node else {
            throw error("'\(what)' must be true or false")
        }
        switch scalar.string {
        case "true": return true
        case "false": return false
        default: throw error("'\(what)' must be true or false")
        }
    }

    /// One of the cases of a string enum, with the allowed values in the error.
    func choice<T: RawRepresentable & CaseIterable>(_ what: String, _ type: T.Type) throws -> T
    where T.RawValue == String {
        let value = try string(what)
        guard let result = T(rawValue: value) else {
            throw error(
                "'\(value)' is not a valid \(what)",
                hint: "use one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return result
    }
}

/// The Levenshtein distance, for "did you mean" hints.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(
                previous[j] + 1, current[j - 1] + 1,
                previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
