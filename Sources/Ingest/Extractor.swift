import Foundation
import SkillgapCore

/// Reads the bytes of one format into a `Document`.
protocol Extractor {
    func extract(_ data: Data) throws -> Document
}
