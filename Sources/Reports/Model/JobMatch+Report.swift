import SkillgapCore

extension JobMatch {
    /// "3+ years asked; 2.5 shown (0.5 more in internships)".
    func yearsPhrase(_ years: Years, names: [String: String]) -> String {
        let subject = years.skill.map { names[$0] ?? $0 } ?? "work"
        return "\(subject): \(years.required)+ years asked, \(Self.number(years.found)) shown"
    }

    /// "bachelor in computer science, statistics, or equivalent experience".
    var educationAsked: String? {
        guard let level = education.level else { return nil }
        var text = level.rawValue
        if !education.fields.isEmpty { text += " in " + education.fields.joined(separator: ", ") }
        if education.equivalentAccepted { text += ", or equivalent experience" }
        return text
    }

    var educationFound: String {
        guard let degree = resumeDegree else { return "no degree found" }
        return degree.rawValue
            + (resumeFields.isEmpty ? "" : " in " + resumeFields.joined(separator: ", "))
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
