import Foundation

/// Sets a resume's assessment against the posting it was scored for.
public enum JobMatcher {
    /// The match of `assessment` (scored against `PostingRole.role(from: posting)`) with `posting`, as of `now` (months since year 0).
    public static func match(
        _ posting: Posting, file: String, assessment: Assessment,
        now: Int = ExperienceTimeline.months(of: Date())
    ) -> JobMatch {
        let found = Dictionary(
            assessment.skills.map { ($0.skill.id, $0) }, uniquingKeysWith: { first, _ in first })
        func strength(_ skill: String) -> EvidenceStrength { found[skill]?.status ?? .missing }
        let weights = Dictionary(
            assessment.requirements.map { ($0.requirement.id, $0.requirement.weight) },
            uniquingKeysWith: { first, _ in first })
        let lines = posting.requirements.filter { !$0.skills.isEmpty && $0.part != .ignored }.map {
            line -> JobMatch.Line in
            let strengths = line.skills.map(strength)
            let status =
                line.mode == .any ? strengths.max() ?? .missing : strengths.min() ?? .missing
            let evidence = line.skills.compactMap { skill -> (String, Evidence)? in
                found[skill]?.evidence.max { $0.strength < $1.strength }.map { (skill, $0) }
            }
            let weight = weights[line.requirementID]
            return JobMatch.Line(
                requirement: line, status: status, evidence: evidence, weight: weight)
        }
        func count(_ part: PostingPart) -> (Int, Int) {
            let ofPart = lines.filter { $0.requirement.part == part }
            return (ofPart.filter { JobMatch.isMet($0.status) }.count, ofPart.count)
        }

        let timeline = ExperienceTimeline(assessment.resume, now: now)
        var years: [JobMatch.Years] = []
        if let minimum = posting.requirements.filter({
            $0.part == .required && $0.yearsSkill == nil
        }).compactMap(\.years).min() {
            years.append(.init(skill: nil, required: minimum, found: timeline.years()))
        }
        for line in posting.requirements where line.part == .required {
            guard let skill = line.yearsSkill, let required = line.years,
                !years.contains(where: { $0.skill == skill })
            else { continue }
            let locations = found[skill]?.evidence.map(\.location) ?? []
            years.append(
                .init(skill: skill, required: required, found: timeline.years(showing: locations)))
        }

        let (degree, fields) = ResumeEducation.highest(in: assessment.resume)
        var educationOK: Bool?
        if let level = posting.education.level {
            let fieldOK =
                posting.education.fields.isEmpty
                || posting.education.fields.contains("related field")
                || fields.contains(where: posting.education.fields.contains)
            let levelOK = degree.map { $0 >= level } ?? posting.education.currentlyPursuing
            educationOK =
                (levelOK && fieldOK)
                || (posting.education.equivalentAccepted && timeline.years() >= 2)
        }

        var missing: [String] = []
        for line in posting.requirements where line.part != .ignored {
            for (skill, term) in zip(line.skills, line.terms) where strength(skill) == .missing {
                if !missing.contains(where: { $0.lowercased() == term.lowercased() }) {
                    missing.append(term)
                }
            }
        }
        return JobMatch(
            file: file, posting: posting, lines: lines, required: count(.required),
            preferred: count(.preferred),
            years: years, resumeYears: timeline.years(),
            internshipYears: timeline.years(internships: true),
            education: posting.education, resumeDegree: degree, resumeFields: fields,
            educationOK: educationOK,
            missingTerms: missing)
    }
}
