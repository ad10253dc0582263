/// A ranking row's figures against a job posting (`batch --job`): required and preferred lines met, and the
/// years of work the resume shows.
public struct JobSummary: Codable, Equatable, Sendable {
    public var requiredMet: Int
    public var requiredTotal: Int
    public var preferredMet: Int
    public var preferredTotal: Int
    public var years: Double

    public init(
        requiredMet: Int, requiredTotal: Int, preferredMet: Int, preferredTotal: Int, years: Double
    ) {
        self.requiredMet = requiredMet
        self.requiredTotal = requiredTotal
        self.preferredMet = preferredMet
        self.preferredTotal = preferredTotal
        self.years = years
    }

    public init(_ job: JobMatch) {
        self.init(
            requiredMet: job.required.met, requiredTotal: job.required.total,
            preferredMet: job.preferred.met,
            preferredTotal: job.preferred.total, years: job.resumeYears)
    }
}
