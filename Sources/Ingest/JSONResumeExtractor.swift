import Foundation
import SkillgapCore

/// Reads a JSON Resume (jsonresume.org schema) straight into sections: basics, work, volunteer, education,
/// skills, projects, publications, awards, certificates, languages, interests. Each block's `line` is its
/// entry number. Invalid JSON is an error with line and column; a resume with no content is an error.
struct JSONResumeExtractor: Extractor {
    /// Arrays and objects nested deeper than this make the file an error.
    var maximumDepth = 256
    /// More values than this make the file an error.
    var maximumValues = 50_000

    func extract(_ data: Data) throws -> Document {
        let decoded = try TextDecoder.decode(data)
        try JSONShape.check(decoded.text, maximumDepth: maximumDepth, maximumValues: maximumValues)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(decoded.text.utf8), options: [])
        } catch {
            throw Self.invalidJSON(error, text: decoded.text)
        }
        let resume = JSONValue(object)
        guard resume.isObject else {
            throw ExtractionError.unsupported(
                what: "JSON that is not an object (not a JSON Resume)")
        }
        let known = [
            "basics", "work", "education", "skills", "projects", "volunteer", "awards",
            "publications",
            "certificates", "languages", "interests", "references",
        ]
        guard known.contains(where: { resume[$0] != nil }) else {
            throw ExtractionError.unsupported(
                what: "JSON without any JSON Resume section (basics, work, education, ...)")
        }
        var builder = JSONResumeBlocks()
        builder.add(resume)
        guard !builder.blocks.isEmpty else { throw ExtractionError.emptyResume }
        return Document(
            format: .jsonResume, blocks: builder.blocks, linkTargets: builder.targets,
            warnings: decoded.warning.map { [$0] } ?? [])
    }

    /// Foundation reports where parsing stopped as "line L, column C" or "around character N" in its
    /// message, or as an index in its user info; each becomes a 1-based line and column.
    static func invalidJSON(_ error: Error, text: String) -> ExtractionError {
        let nsError = error as NSError
        let message =
            (nsError.userInfo[NSDebugDescriptionErrorKey] as? String)
            ?? nsError.localizedDescription
        let reason = message.components(separatedBy: " around ").first ?? message
        if let range = message.range(of: #"line (\d+), column (\d+)"#, options: .regularExpression)
        {
            let numbers = message[range].split(whereSeparator: { !$0.isNumber }).compactMap {
                Int($0)
            }
            if numbers.count == 2 {
                return .invalidJSON(line: numbers[0], column: numbers[1], reason: reason)
            }
        }
        var index = nsError.userInfo["NSJSONSerializationErrorIndex"] as? Int
        if index == nil,
            let range = message.range(of: #"character (\d+)"#, options: .regularExpression)
        {
            index = Int(message[range].filter(\.isNumber))
        }
        if let index {
            var line = 1
            var column = 1
            for character in text.utf8.prefix(index) {
                if character == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            return .invalidJSON(line: line, column: column, reason: reason)
        }
        return .invalidJSON(line: 1, column: 1, reason: reason)
    }
}
