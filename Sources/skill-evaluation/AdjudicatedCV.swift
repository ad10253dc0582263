import Foundation
import SkillgapCore

/// One CV of the adjudicated set (`Evaluation/skills/labels/<set>/<cv>.tsv`, format in the GUIDE beside it): the
/// file its text comes from, and every (CV, skill) pair a careful reader judged positive or uncertain.
struct AdjudicatedCV {
    /// A reader's judgement of one pair: positive, or borderline.
    enum Judgement: String {
        case yes, uncertain
    }

    /// A pair judged positive or uncertain, with the strength of its strongest mention and the words that show it.
    struct Pair {
        var judgement: Judgement
        var strength: EvidenceStrength
        var quote: String
    }

    /// The label file, for messages.
    var labelFile: String
    /// The CV's path below the shared corpus folder ("labelled/dotin-train/12.xml", "pdf/x.pdf").
    var file: String
    var pairs: [String: Pair]

    /// Reads a label file; a malformed line or an unknown skill id is an error naming the file and line, since a
    /// typo in a label would silently move the figures.
    init(labelFile: String, knownSkills: Set<String>) throws {
        guard let text = try? String(contentsOfFile: labelFile, encoding: .utf8) else {
            throw LabelError(file: labelFile, line: 0, message: "cannot read it as UTF-8 text")
        }
        self.labelFile = labelFile
        var file: String?
        var pairs: [String: Pair] = [:]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            let lineNumber = index + 1
            if line.hasPrefix("# file:") {
                file = line.dropFirst("# file:".count).trimmingCharacters(in: .whitespaces)
                continue
            }
            if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(
                String.init)
            guard fields.count >= 3 else {
                throw LabelError(
                    file: labelFile, line: lineNumber,
                    message:
                        "expected skill-id, yes|uncertain, strength and a quote, separated by tabs")
            }
            let skill = fields[0].trimmingCharacters(in: .whitespaces)
            guard knownSkills.contains(skill) else {
                throw LabelError(
                    file: labelFile, line: lineNumber, message: "unknown skill id '\(skill)'")
            }
            guard
                let judgement = Judgement(rawValue: fields[1].trimmingCharacters(in: .whitespaces))
            else {
                throw LabelError(
                    file: labelFile, line: lineNumber,
                    message: "'\(fields[1])' is neither yes nor uncertain")
            }
            guard
                let strength = EvidenceStrength(
                    rawValue: fields[2].trimmingCharacters(in: .whitespaces)),
                strength != .missing
            else {
                throw LabelError(
                    file: labelFile, line: lineNumber,
                    message: "'\(fields[2])' is not demonstrated, coursework or listed")
            }
            guard pairs[skill] == nil else {
                throw LabelError(
                    file: labelFile, line: lineNumber, message: "'\(skill)' is labelled twice")
            }
            pairs[skill] = Pair(
                judgement: judgement, strength: strength,
                quote: fields.dropFirst(3).joined(separator: " "))
        }
        guard let file else {
            throw LabelError(
                file: labelFile, line: 1, message: "no '# file: PATH' line says which CV it labels")
        }
        self.file = file
        self.pairs = pairs
    }
}

/// A label file that cannot be used as it is.
struct LabelError: Error, CustomStringConvertible {
    var file: String
    var line: Int
    var message: String

    var description: String { "\(file):\(line): \(message)" }
}
