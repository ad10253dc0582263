import Foundation

/// A JSON value as a Swift enum: the JSON Resume reader switches over cases instead of casting `Any`. Built
/// from what `JSONSerialization` parsed, which keeps its line and column for errors.
enum JSONValue {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    /// A number or a boolean, as Foundation writes it ("3.5", "1").
    case number(String)
    case null

    /// The value Foundation parsed; anything it cannot hold is `null`.
    init(_ parsed: Any) {
        if let object = parsed as? [String: Any] {
            self = .object(object.mapValues(JSONValue.init))
        } else if let array = parsed as? [Any] {
            self = .array(array.map(JSONValue.init))
        } else if let text = parsed as? String {
            self = .string(text)
        } else if let number = parsed as? NSNumber {
            self = .number(number.stringValue)
        } else {
            self = .null
        }
    }

    /// The member named `key` of an object; nil for anything else.
    subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The elements of an array; empty for anything else.
    var elements: [JSONValue] {
        if case .array(let elements) = self { return elements }
        return []
    }

    /// Whether this is an object.
    var isObject: Bool {
        if case .object = self { return true }
        return false
    }

    /// A non-empty string, trimmed, or a number as text; nil for anything else.
    var text: String? {
        switch self {
        case .string(let text):
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        case .number(let text):
            return text
        case .object, .array, .null:
            return nil
        }
    }
}
