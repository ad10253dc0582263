/// Who the resume belongs to and how to reach them.
public struct Contact: Codable, Equatable, Sendable {
    public var name: String?
    public var email: String?
    public var phone: String?

    public init(name: String? = nil, email: String? = nil, phone: String? = nil) {
        self.name = name
        self.email = email
        self.phone = phone
    }
}
