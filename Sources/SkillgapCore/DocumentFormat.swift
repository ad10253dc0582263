/// The formats skillgap reads, identified from content rather than from the file name.
public enum DocumentFormat: String, Codable, CaseIterable, Sendable {
    case pdf, html, text, docx, markdown
    case jsonResume = "json-resume"
}
