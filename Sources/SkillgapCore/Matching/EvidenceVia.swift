/// How a piece of evidence was found, so a reader can weigh it: a skill named, a behaviour that shows it without
/// naming it ("presented findings to the board" for presentation), or a project's code that uses it.
public enum EvidenceVia: String, Codable, CaseIterable, Sendable {
    case name, behaviour, code
}
