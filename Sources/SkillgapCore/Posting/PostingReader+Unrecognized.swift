import Foundation

/// Terms of requirement lines that look technical but name no skill the rules know.
extension PostingReader {
    /// Words that look technical but are no taxonomy skill: CamelCase, letters with digits, acronyms.
    static let commonAcronyms: Set<String> = [
        "ML", "AI", "BS", "MS", "BA", "MA", "PHD", "US", "USA", "UK", "EU", "EEO", "HR", "IT", "OR",
        "AND", "API", "APIS",
        "CV", "CS", "UX", "UI", "KPI", "KPIS", "ROI", "TV", "PM", "CEO", "CTO", "NY", "SF", "LA",
        "OK", "WFH", "PTO",
        "PhD", "MSc", "BSc", "BEng", "MEng", "MBA", "GPA",
    ]

    func unrecognized(in requirements: [PostingRequirement]) -> [String] {
        var found: [String] = []
        for requirement in requirements where requirement.part != .responsibilities {
            let known = Set(requirement.terms.flatMap { $0.split(separator: " ").map(String.init) })
            for raw in requirement.text.split(whereSeparator: { " ,;()[]{}\"“”'’!?".contains($0) })
            {
                let token = String(raw.trimming([".", ":", "/", "-"]))
                guard token.count >= 2, !known.contains(token), !found.contains(token) else {
                    continue
                }
                if Self.looksTechnical(token) { found.append(token) }
            }
        }
        return Array(found.prefix(40))
    }

    static func looksTechnical(_ token: String) -> Bool {
        let letters = token.filter(\.isLetter)
        guard !letters.isEmpty, token.count <= 30 else { return false }
        let hasDigit = token.contains(where: \.isNumber)
        if hasDigit, letters.count >= 1, !token.hasSuffix("s"), token.filter(\.isNumber).count < 4 {
            return token.first!.isLetter  // "S3", "EC2", "GPT-4"; not "2027" or "401k"
        }
        let scalars = Array(token)
        let camel = zip(scalars, scalars.dropFirst()).contains { $0.isLowercase && $1.isUppercase }
        if camel { return true }  // "BigQuery", "SageMaker"
        if commonAcronyms.contains(token) { return false }
        if letters.count >= 2, letters.count <= 6, letters.allSatisfy(\.isUppercase),
            token == letters
        {
            return !commonAcronyms.contains(token)  // "GCP", "ETL"; not "ML" or "BS"
        }
        return false
    }
}
