/// The highest degree a resume's education section names, and the fields it names.
enum ResumeEducation {
    static func highest(in resume: Resume) -> (DegreeLevel?, [String]) {
        var level: DegreeLevel?
        var fields: [String] = []
        for block in resume.blocks where block.section == .education {
            if let found = PostingLineFacts.highestDegree(in: block.text),
                level.map({ found > $0 }) ?? true
            {
                level = found
            }
            for field in PostingLineFacts.fields(in: block.text) where !fields.contains(field) {
                fields.append(field)
            }
        }
        return (level, fields)
    }
}
