/// A contact detail a check can ask for.
public enum ContactField: String, CaseIterable, Sendable {
    case name, email, phone
}
