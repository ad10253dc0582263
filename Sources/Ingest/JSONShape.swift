import SkillgapCore

/// Measures JSON without parsing it: how deeply arrays and objects nest and how many values it holds.
/// Brackets and commas inside strings (with their escapes) do not count. It runs before Foundation's parser,
/// whose own depth limit is fixed and whose memory grows with every value (3.4 GB for 24 MB of small objects).
enum JSONShape {
    /// Throws `tooDeep` at the first bracket past `maximumDepth` levels, or `tooManyElements` once the text
    /// holds more than `maximumValues` values (counted as opening brackets plus commas).
    static func check(_ text: String, maximumDepth: Int, maximumValues: Int) throws {
        var depth = 0
        var values = 0
        var line = 1
        var inString = false
        var escaped = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") { line += 1 }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                values += 1
                if depth > maximumDepth {
                    throw ExtractionError.tooDeep(format: .json, limit: maximumDepth, line: line)
                }
            case UInt8(ascii: ","):
                values += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
            default:
                continue
            }
            if values > maximumValues {
                throw ExtractionError.tooManyElements(format: .json, limit: maximumValues)
            }
        }
    }
}
