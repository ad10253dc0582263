/// A condition of the job that is reported but never scored: work authorisation, location, schedule.
public struct PostingNote: Equatable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case workAuthorization, location, schedule
    }

    public var kind: Kind
    public var text: String
    public var line: Int
}
