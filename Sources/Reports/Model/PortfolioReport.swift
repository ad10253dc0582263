import Foundation
import SkillgapCore

/// What `skillgap portfolio` and a gap report's portfolio section show: each project, the skills its code uses
/// with their evidence, and, when a resume is given, the cross-check between the two.
public struct PortfolioReport: Sendable {
    public struct SkillName: Equatable, Sendable {
        public let id, name: String
    }

    public let projects: [PortfolioProject]
    /// Skills the portfolio shows that the resume never names; nil without a resume.
    public let notOnResume: [SkillName]?
    /// Skills the resume only lists, which neither its experience nor the portfolio shows; nil without a resume.
    public let unbacked: [SkillName]?
    /// The resume's repository links that no supplied clone matches; nil without a resume.
    public let unverifiedLinks: [String]?
    /// Per project, what the candidate did in its git history; nil for a plain folder.
    public let authorships: [Authorship?]
    let names: [String: String]

    public init(
        projects: [PortfolioProject], names: [String: String], notOnResume: [String]? = nil,
        unbacked: [String]? = nil, unverifiedLinks: [String]? = nil, authors: [String] = [],
        now: Int = Int(Date().timeIntervalSince1970)
    ) {
        self.authorships = projects.map { $0.history?.authorship(emails: authors, now: now) }
        self.unverifiedLinks = unverifiedLinks
        self.projects = projects
        self.names = names
        self.notOnResume = notOnResume?.map { SkillName(id: $0, name: names[$0] ?? $0) }
        self.unbacked = unbacked?.map { SkillName(id: $0, name: names[$0] ?? $0) }
    }

    /// A skill's display name.
    public func name(_ id: String) -> String { names[id] ?? id }
}
