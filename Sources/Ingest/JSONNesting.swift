/// Measures how deeply JSON arrays and objects nest, without parsing: brackets inside strings (with their
/// escapes) do not count. Run before Foundation's parser, whose own limit is fixed and whose error does
/// not say which limit to raise.
enum JSONNesting {
    /// The line of the first bracket that opens level `limit + 1`, or nil when the text stays within `limit`.
    static func lineExceeding(_ limit: Int, in text: String) -> Int? {
        var depth = 0
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
                if depth > limit { return line }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
            default:
                break
            }
        }
        return nil
    }
}
