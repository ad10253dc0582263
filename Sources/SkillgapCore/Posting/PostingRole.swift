/// Turns a posting into a role: every required, preferred or responsibility line that names skills becomes a
/// requirement (required → must, responsibilities → should, preferred → nice), weighted by its emphasis.
public enum PostingRole {
    /// The base weight of each kind of line.
    public static func baseWeight(_ part: PostingPart) -> Double {
        switch part {
        case .required: 10
        case .responsibilities: 4
        case .preferred: 3
        case .ignored: 0
        }
    }

    /// The role for `posting`. `advice`, when given (`--role`), lends its requirements' advice to the posting's
    /// requirements over the same skills.
    public static func role(from posting: Posting, advice: Role? = nil) -> Role {
        let lines = posting.requirements.filter { !$0.skills.isEmpty && $0.part != .ignored }
        // A skill the posting names on several lines matters more to it.
        var mentions: [String: Int] = [:]
        for line in lines { for skill in Set(line.skills) { mentions[skill, default: 0] += 1 } }
        var requirements: [Requirement] = []
        var seen = Set<String>()
        for part in [PostingPart.required, .responsibilities, .preferred] {
            let ofPart = lines.filter { $0.part == part }
            for (position, line) in ofPart.enumerated() {
                var skills: [String] = []
                for skill in line.skills where !skills.contains(skill) { skills.append(skill) }
                // A line that asks again for what an earlier line of the same or a stronger part asked adds nothing.
                let key = skills.sorted().joined(separator: ",")
                guard seen.insert(key).inserted else { continue }
                let repeated = skills.map { mentions[$0] ?? 1 }.max() ?? 1
                // Earlier lines of a part are what the writer put first: from 1.0 down to 0.6 for the last.
                let place =
                    ofPart.count > 1 ? 1.0 - 0.4 * Double(position) / Double(ofPart.count - 1) : 1.0
                let emphasis = 1.0 + 0.25 * Double(min(repeated - 1, 2))
                let weight = ((baseWeight(part) * place * emphasis) * 2).rounded() / 2
                let level: RequirementLevel =
                    part == .required ? .must : part == .preferred ? .nice : .should
                let shared = advice?.requirements.first { !Set($0.skills).isDisjoint(with: skills) }
                requirements.append(
                    Requirement(
                        id: line.requirementID, title: line.text, level: level,
                        weight: max(0.5, weight),
                        mode: line.mode, skills: skills,
                        minimum: line.mode == .any ? min(line.minimum, skills.count) : 1,
                        why: "The posting asks for it (line \(line.line)).",
                        advice: shared?.advice
                            ?? "Show it in a project or job bullet, in the posting's words where they are true."
                    ))
            }
        }
        return Role(
            id: "posting", title: posting.title ?? "Job posting", version: "posting", summary: "",
            isDefault: false, requirements: requirements)
    }
}
