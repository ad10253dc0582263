/// Text that carries UTF-8 bytes written out as escapes (`\xe2\x80\x99` for ’), as a program printing a byte
/// string leaves it: a CV passed through such an export shows its bullets and quotes that way, and a skill
/// right after one would never start a word.
enum EscapedBytes {
    /// `text` with each run of `\xHH` escapes that spells a valid multi-byte UTF-8 sequence replaced by its
    /// character; an escape that does not (`\x41`, a lone lead byte) is left as written.
    static func decode(_ text: String) -> String {
        guard text.contains("\\x") else { return text }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            var bytes: [UInt8] = []
            var end = index
            while let byte = escapedByte(scalars, at: end) {
                bytes.append(byte)
                end += 4
            }
            if let decoded = multiByteCharacters(bytes) {
                output.append(contentsOf: decoded.unicodeScalars)
                index = end
            } else {
                output.append(scalars[index])
                index += 1
            }
        }
        return String(output)
    }

    /// The byte of a `\xHH` escape at `index`, if one stands there.
    private static func escapedByte(_ scalars: [Unicode.Scalar], at index: Int) -> UInt8? {
        guard index + 3 < scalars.count, scalars[index] == "\\", scalars[index + 1] == "x" else {
            return nil
        }
        guard let high = Character(scalars[index + 2]).hexDigitValue,
            let low = Character(scalars[index + 3]).hexDigitValue
        else { return nil }
        return UInt8(high << 4 | low)
    }

    /// The bytes as text, when they are all multi-byte UTF-8 and nothing else.
    private static func multiByteCharacters(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2, bytes[0] >= 0xC2,
            let text = String(validating: bytes, as: UTF8.self),
            text.unicodeScalars.allSatisfy({ $0.value >= 0x80 })
        else { return nil }
        return text
    }
}
