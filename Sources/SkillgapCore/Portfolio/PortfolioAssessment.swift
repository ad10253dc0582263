/// The portfolio behind a resume, checked against it: the projects, the skills their code shows that the resume
/// never names, and the skills the resume only claims that neither its experience nor the portfolio shows.
public struct PortfolioAssessment: Equatable, Sendable {
    public var projects: [PortfolioProject]
    /// Taxonomy ids, in the order the projects show them.
    public var notOnResume: [String]
    /// Taxonomy ids, in the assessment's order.
    public var unbacked: [String]
    /// The resume's GitHub and GitLab links that no supplied clone's remote matches: nothing is fetched, so they
    /// are not verified offline.
    public var unverifiedLinks: [String]

    public init(
        projects: [PortfolioProject], notOnResume: [String], unbacked: [String],
        unverifiedLinks: [String] = []
    ) {
        self.projects = projects
        self.notOnResume = notOnResume
        self.unbacked = unbacked
        self.unverifiedLinks = unverifiedLinks
    }

    /// `host/owner/repo` (or `host/owner` for a profile), lower-cased, from a URL or an scp-style remote
    /// (`git@github.com:owner/repo.git`).
    public static func repositoryPath(_ url: String) -> String {
        var text = url.lowercased()
        if let scheme = text.range(of: "://") { text = String(text[scheme.upperBound...]) }
        if let at = text.firstIndex(of: "@"), !text[..<at].contains("/") {
            text = String(text[text.index(after: at)...])
        }
        text = text.replacingFirstColon()
        if text.hasPrefix("www.") { text.removeFirst(4) }
        var parts = text.split(separator: "/").map(String.init)
        if parts.count > 3 { parts = Array(parts.prefix(3)) }
        if var last = parts.last, last.hasSuffix(".git") {
            last.removeLast(4)
            parts[parts.count - 1] = last
        }
        return parts.joined(separator: "/")
    }

    /// The repository links of `links` that no project's remote matches; a profile link matches a clone of
    /// one of its owner's repositories.
    static func unverified(_ links: [Link], projects: [PortfolioProject]) -> [String] {
        let remotes = projects.compactMap(\.remote).map(repositoryPath)
        return links.filter { $0.kind == .github || $0.kind == .gitlab }.map(\.url).filter { url in
            let path = repositoryPath(url)
            return !remotes.contains { $0 == path || $0.hasPrefix(path + "/") }
        }
    }

    /// The evidence the projects give, one entry per skill: code that imports a package demonstrates it. A
    /// package only declared in a manifest is no evidence: a `pip freeze` lists every package of an environment.
    public static func evidence(of projects: [PortfolioProject]) -> [SkillEvidence] {
        var order: [String] = []
        var found: [String: [Evidence]] = [:]
        for project in projects {
            for skill in project.skills where skill.strength != .declared {
                if found[skill.skillID] == nil { order.append(skill.skillID) }
                found[skill.skillID, default: []] += skill.evidence.map {
                    var evidence = $0
                    evidence.strength = .demonstrated
                    // Beside a resume's lines, a place names its project: "cnn-classifier/train.py:3".
                    if case .file(let path, let line) = $0.location, let name = project.folderName {
                        evidence.location = .file(path: name + "/" + path, line: line)
                    }
                    return evidence
                }
            }
        }
        return order.map { SkillEvidence(skillID: $0, evidence: found[$0]!) }
    }

    /// Cross-checks `projects` with the skills an assessment found, its evidence from the resume alone being the
    /// locations in the document.
    public init(projects: [PortfolioProject], skills: [Assessment.SkillResult], links: [Link] = [])
    {
        let shownInCode = Set(
            projects.flatMap(\.skills).filter { $0.strength != .declared }.map(\.skillID))
        var onResume: Set<String> = []
        var unbacked: [String] = []
        for result in skills {
            let fromResume = result.evidence.filter {
                if case .document = $0.location { return $0.namesSkill }
                return false
            }
            guard !fromResume.isEmpty else { continue }
            onResume.insert(result.skill.id)
            let strongest = fromResume.map(\.strength).max() ?? .missing
            if strongest == .listed, !shownInCode.contains(result.skill.id) {
                unbacked.append(result.skill.id)
            }
        }
        var notOnResume: [String] = []
        for project in projects {
            for skill in project.skills
            where skill.strength != .declared && !onResume.contains(skill.skillID)
                && !notOnResume.contains(skill.skillID)
            {
                notOnResume.append(skill.skillID)
            }
        }
        self.init(
            projects: projects, notOnResume: notOnResume, unbacked: unbacked,
            unverifiedLinks: Self.unverified(links, projects: projects))
    }
}

extension String {
    /// `github.com:owner/repo` as `github.com/owner/repo`: the colon of an scp-style remote, before any slash.
    fileprivate func replacingFirstColon() -> String {
        guard let colon = firstIndex(of: ":"), !self[..<colon].contains("/") else { return self }
        let after = self[index(after: colon)...]
        // A port ("host:8080/...") stays.
        if after.first?.isNumber == true { return self }
        return String(self[..<colon]) + "/" + after
    }
}
