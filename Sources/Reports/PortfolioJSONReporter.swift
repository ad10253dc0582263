import Foundation
import SkillgapCore

/// `skillgap portfolio --format json`, a versioned JSON contract.
public struct PortfolioJSONReporter: Sendable {
    public static let schemaVersion = 1

    public init() {}

    private struct Output: Encodable {
        let schemaVersion: Int
        let portfolio: PortfolioJSON
    }

    public func render(_ report: PortfolioReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Plain value types always encode; a failure would be a programming error, so trap.
        let data = try! encoder.encode(
            Output(schemaVersion: Self.schemaVersion, portfolio: PortfolioJSON(report)))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
