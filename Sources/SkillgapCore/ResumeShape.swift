/// Whether a document is shaped like a resume: one that speaks to "you" on behalf of "us" is a job posting, and
/// one without an experience or education section that opens or closes like a letter is a cover letter, given to
/// `check` by mistake; their scores mean little.
public enum ResumeShape {
    /// Closings of a letter, on a line of their own.
    static let closings: Set<String> = [
        "sincerely", "yours sincerely", "yours faithfully", "kind regards", "best regards",
        "regards",
        "warm regards", "respectfully",
    ]

    /// What the document seems to be instead of a resume ("a cover letter", "a job posting"), or nil.
    public static func doubt(about resume: Resume) -> String? {
        let lines = resume.blocks.map { $0.text.lowercased() }
        // A posting speaks to the reader and for a company: resumes say neither "you" nor "we".
        // Headed sections only: without headings, every line is placed by cues and some land in experience.
        let headed = Set(resume.blocks.filter(\.startsSection).compactMap(\.section))
        if headed.contains(.experience), headed.contains(.education) { return nil }
        let addressing = lines.filter {
            hasWord($0, in: ["you", "your", "you'll", "you're", "yourself"])
        }
        let company = lines.filter { hasWord($0, in: ["we", "our", "we're", "we'll", "us"]) }
        if addressing.count >= 4, company.count >= 2, addressing.count * 10 >= lines.count {
            return "a job posting (it speaks to \"you\" for \"us\")"
        }
        guard !headed.contains(.experience), !headed.contains(.education) else { return nil }
        let letter =
            lines.prefix(8).contains { $0.hasPrefix("dear ") }
            || lines.contains { closings.contains(String($0.trimming([",", ".", " "]))) }
        return letter ? "a cover letter (a greeting or a closing, no experience or education)" : nil
    }

    private static func hasWord(_ line: String, in words: Set<String>) -> Bool {
        line.split { !$0.isLetter && $0 != "'" && $0 != "’" }.contains {
            words.contains(String($0.map { $0 == "’" ? "'" : $0 }))
        }
    }
}
