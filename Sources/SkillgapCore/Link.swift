/// A link found in the resume, in its text or behind it.
public struct Link: Codable, Equatable, Hashable, Sendable {
    public var kind: LinkKind
    /// The URL, with `https://` added when the resume wrote it without a scheme.
    public var url: String

    public init(kind: LinkKind, url: String) {
        self.kind = kind
        self.url = url
    }
}
