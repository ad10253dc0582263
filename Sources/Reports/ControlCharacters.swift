/// Control characters from untrusted text (a file name, a resume) shown as `?`, so no escape sequence reaches a
/// terminal through a report, a ranking or an error message.
public enum ControlCharacters {
    /// `text` with every control character but those in `keeping` replaced by `?`.
    public static func replaced(in text: String, keeping: Set<Unicode.Scalar> = []) -> String {
        let replace = { (scalar: Unicode.Scalar) in isControl(scalar) && !keeping.contains(scalar) }
        guard text.unicodeScalars.contains(where: replace) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { replace($0) ? "?" : $0 }))
    }

    /// Whether a character holds a control character (`"\r\n"` is one character holding two).
    public static func isPresent(in character: Character) -> Bool {
        character.unicodeScalars.contains(where: isControl)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control
    }
}
