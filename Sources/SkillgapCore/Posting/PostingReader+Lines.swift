import Foundation

/// Each requirement line: its skills, how they combine, the years it asks; then education and conditions.
extension PostingReader {
    func requirement(_ text: String, part: PostingPart, block: Block) -> PostingRequirement {
        var hits = skillHits(in: text)
        let scalars = Array(text.unicodeScalars)
        if PostingLineFacts.degree(in: text) != nil {
            // "BS in Computer Science or Statistics": a degree's field is not a skill the job asks for.
            let fields = Set(PostingLineFacts.fields)
            hits.removeAll {
                fields.contains(String(String.UnicodeScalarView(scalars[$0.range])).lowercased())
            }
        }
        let terms = hits.map { String(String.UnicodeScalarView(scalars[$0.range])) }
        let skills = hits.map { skillIDs[$0.skill] }
        var mode = Requirement.Mode.all
        if skills.count > 1 {
            let lower = text.lowercased()
            let between = zip(hits, hits.dropFirst()).map { pair -> String in
                let gap =
                    pair.0.range.upperBound..<max(pair.0.range.upperBound, pair.1.range.lowerBound)
                return String(String.UnicodeScalarView(scalars[gap])).lowercased()
            }
            let alternatives = [
                "one of", "either", "any of", "such as", "e.g.", "like ", "similar", "at least one",
            ]
            if between.contains(where: {
                $0.contains(" or ") || $0.hasPrefix("or ") || $0.contains("/")
                    || $0.contains(" ou ") || $0.contains(" oder ")
            })
                || alternatives.contains(where: lower.contains)
            {
                mode = .any
            }
        }
        var years: Int?
        var yearsSkill: String?
        if let found = PostingLineFacts.years(in: text) {
            years = found.years
            // "3+ years of Python": the first skill named right after the years is what they are about.
            let utf16 = Array(text.utf16)
            let after = String(decoding: utf16[min(found.end, utf16.count)...], as: UTF16.self)
                .lowercased()
            let tail = String(after.trimmingSpaces)
            if ["of ", "with ", "in ", "using ", "working with ", "programming in ", "de ", "d'"]
                .contains(where: tail.hasPrefix)
                || tail.hasPrefix("experience with") || tail.hasPrefix("experience in")
                || tail.hasPrefix("of experience with")
                || tail.hasPrefix("of experience in")
                || tail.hasPrefix("of hands-on experience with")
            {
                let offset = text.unicodeScalars.count - after.unicodeScalars.count
                if let hit = hits.first(where: {
                    $0.range.lowerBound >= offset && $0.range.lowerBound - offset <= 45
                }), yearsAreAboutTheSkill[hit.skill] {
                    yearsSkill = skillIDs[hit.skill]
                }
            }
        }
        return PostingRequirement(
            part: part, text: text, line: block.line, page: block.page, skills: skills,
            terms: terms, mode: mode, minimum: 1, years: years, yearsSkill: yearsSkill)
    }

    /// The skills a requirement line names, in order. A short name that needs context in a resume (R, Go,
    /// Spark) counts in a posting line when it stands in a list with another skill ("R and scikit-learn") or
    /// after words that ask for a skill ("experience with Spark").
    func skillHits(in text: String) -> [(skill: Int, range: Range<Int>, namesSkill: Bool)] {
        let plain = matcher.hits(in: text, section: .experience)
        let listed = matcher.hits(in: text, section: .skills).sorted {
            $0.range.lowerBound < $1.range.lowerBound
        }
        let plainSkills = Set(plain.map(\.skill))
        let scalars = Array(text.unicodeScalars)
        func gap(_ range: Range<Int>) -> String {
            String(String.UnicodeScalarView(scalars[range])).lowercased()
        }
        let separators: Set<String> = [
            ",", "/", "and", "or", "&", "+", ";", "und", "oder", "et", "ou", "y", "o", "、", "，",
            "和", "或", "及",
        ]
        let cues = [
            "with", "in", "of", "using", "like", "including", "e.g.", "as", "knowledge",
            "experience",
            "applying", "apply", "implementing", "implement", "building", "build", "developing",
            "develop", "use",
            // German and French: mit, in, von; avec, en, de.
            "mit", "von", "avec", "en", "de",
            // Chinese: use, familiar with, master, proficient in.
            "使用", "熟悉", "掌握", "精通",
        ]
        return listed.filter { hit in
            guard !plainSkills.contains(hit.skill) else { return true }
            let inList = listed.contains { other in
                guard other.skill != hit.skill else { return false }
                let between =
                    other.range.lowerBound >= hit.range.upperBound
                    ? hit.range.upperBound..<other.range.lowerBound
                    : other.range.upperBound..<max(other.range.upperBound, hit.range.lowerBound)
                let words = gap(between).split(whereSeparator: { $0 == " " }).map(String.init)
                return between.count <= 6
                    && words.allSatisfy {
                        separators.contains($0.trimmingCharacters(in: .punctuationCharacters))
                            || separators.contains($0)
                    }
            }
            let before =
                gap(max(0, hit.range.lowerBound - 30)..<hit.range.lowerBound)
                .split(whereSeparator: { $0 == " " }).last.map(String.init) ?? ""
            // "tools: Airflow", "(Airflow", "ie. Airflow": a label or an example introduces the name.
            return inList || cues.contains(before) || before.hasSuffix(":") || before.hasSuffix("(")
                || ["ie.", "i.e.", "eg.", "incl."].contains(before)
        }
    }

    func education(in requirements: [PostingRequirement]) -> EducationRequirement {
        var education = EducationRequirement()
        for requirement in requirements where requirement.part != .responsibilities {
            let text = requirement.text
            if PostingLineFacts.currentlyPursuing(text) { education.currentlyPursuing = true }
            if education.graduationWindow == nil {
                education.graduationWindow = PostingLineFacts.graduationWindow(in: text)
            }
            guard requirement.part == .required, let level = PostingLineFacts.degree(in: text)
            else { continue }
            // A line that names a level ("Master's degree") outranks one that only speaks of a degree
            // ("a degree-seeking program"), which counts as a bachelor's only when no line names a level.
            if PostingLineFacts.highestDegree(in: text) != nil {
                if education.levelIsAssumed || education.level.map({ level < $0 }) ?? true {
                    education.level = level
                    education.line = requirement.line
                    education.levelIsAssumed = false
                }
            } else if education.level == nil {
                education.level = level
                education.line = requirement.line
                education.levelIsAssumed = true
            }
            for field in PostingLineFacts.fields(in: text) where !education.fields.contains(field) {
                education.fields.append(field)
            }
            if PostingLineFacts.acceptsEquivalent(text) { education.equivalentAccepted = true }
        }
        return education
    }

    func notes(in blocks: [Block]) -> [PostingNote] {
        var notes: [PostingNote] = []
        for block in blocks where block.text.count <= 300 {
            for kind in PostingLineFacts.noteKinds(in: block.text)
            where notes.filter({ $0.kind == kind }).count < 3
                && !notes.contains(where: { $0.text == block.text && $0.kind == kind })
            {
                notes.append(PostingNote(kind: kind, text: block.text, line: block.line))
            }
        }
        return notes
    }
}
