/// What a block of text is in the layout of its document.
public enum BlockKind: String, Codable, CaseIterable, Sendable {
    case heading
    case paragraph
    case listItem
}
