import Foundation

/// Whether a line at the top of a resume is a person's name, and which part of it. A name is a person's name or
/// nothing: headings ("Professional Summary"), job titles ("EXECUTIVE CHEF"), schools, companies, street
/// addresses and skills ("Microsoft Word") are turned away by their words, and a line without a name gives none.
enum PersonName {
    /// Words that never stand in a person's name on a resume: what headings, job titles, organisations, places,
    /// contact labels and office software are made of. Lower case.
    static let notNameWords: Set<String> = [
        // headings and resume words
        "resume", "résumé", "curriculum", "vitae", "cv", "contact", "information", "personal",
        "profile",
        "summary", "overview", "career", "professional", "core", "strengths", "skill", "skills",
        "details",
        "experience", "experiences", "working", "work", "history", "employment", "education",
        "objective",
        "objectives", "qualifications", "qualification", "highlights", "accomplishments",
        "achievements",
        "areas", "expertise", "applied", "technical", "projects", "project", "portfolio",
        "certifications",
        "awards", "activities", "interests", "references", "languages", "about", "me", "page",
        "job", "jobs",
        "competencies", "abilities", "key", "expert", "relevant", "selected", "additional",
        "executive",
        "biography", "statement", "introduction", "address", "home", "number", "phone", "email",
        "e-mail",
        "mobile", "tel", "website", "linkedin", "github", "date", "birth", "nationality",
        // job titles
        "engineer", "developer", "manager", "analyst", "scientist", "designer", "consultant",
        "intern",
        "specialist", "coordinator", "architect", "administrator", "director", "officer",
        "assistant",
        "accountant", "student", "technician", "lead", "researcher", "chef", "cook", "trainer",
        "teacher",
        "nurse", "driver", "clerk", "cashier", "representative", "associate", "supervisor", "agent",
        "advisor", "adviser", "instructor", "professor", "president", "head", "senior", "junior",
        "principal",
        "staff", "chief", "owner", "founder", "partner", "attorney", "lawyer", "paralegal",
        "pharmacist",
        "therapist", "physician", "dentist", "mechanic", "electrician", "carpenter", "plumber",
        "welder",
        "operator", "worker", "server", "bartender", "waiter", "waitress", "receptionist",
        "secretary",
        "bookkeeper", "auditor", "controller", "planner", "buyer", "stylist", "artist", "writer",
        "editor",
        "photographer", "producer", "recruiter", "programmer", "tester", "aide", "caregiver",
        "counselor",
        "coach", "tutor", "volunteer", "graduate", "candidate", "fellow", "apprentice", "trainee",
        "sales", "marketing", "finance", "fitness", "hr", "it", "devops", "software", "data", "web",
        "full",
        "stack", "frontend", "backend", "machine", "learning", "security", "network", "systems",
        "cloud",
        "reliability", "site", "quality", "customer", "service", "business", "operations",
        "product",
        "health", "medical", "legal", "creative", "digital", "banking", "construction", "aviation",
        "agriculture", "apparel", "arts", "automobile", "bpo", "consulting", "design",
        "engineering",
        "hospitality", "public", "relations", "teaching", "technology",
        // organisations and places
        "university", "college", "school", "institute", "academy", "polytechnic", "inc", "llc",
        "ltd",
        "limited", "corp", "corporation", "company", "group", "technologies", "solutions",
        "services",
        "bank", "hospital", "center", "centre", "department", "agency", "street", "st", "avenue",
        "ave", "road", "rd", "lane", "drive", "boulevard", "blvd", "court", "vill", "village",
        "city",
        "county", "state", "district", "apt", "suite", "floor",
        // software and skills that open many lines
        "microsoft", "word", "excel", "office", "powerpoint", "google", "adobe", "python", "java",
        "sql",
        // words of a sentence
        "beach", "valley", "springs", "heights", "harbor", "harbour", "bay", "island", "plains",
        "mountain",
        "building", "name", "names", "children", "sample", "template", "example",
        "the", "and", "of", "for", "with", "in", "at", "to", "on", "a", "an", "by", "from", "my",
        "your",
    ]

    /// Words of a resume's title in scripts without capitals ("个人简历", "履歴書", "السيرة الذاتية").
    static let caselessTitleWords = ["简历", "履历", "履歴", "個人", "个人", "求职", "السيرة", "קורות"]

    /// Countries written after a city ("Pune, India"), in lower case.
    static let countries: Set<String> = [
        "usa", "us", "united states", "uk", "united kingdom", "india", "canada", "germany",
        "france", "china",
        "japan", "australia", "nigeria", "kenya", "pakistan", "bangladesh", "brazil", "mexico",
        "spain",
        "italy", "netherlands", "singapore", "uae", "south africa", "ireland", "turkey", "russia",
        "egypt",
    ]

    /// Particles that stay in lower case inside a name ("Ludwig van Beethoven", "Maria de la Cruz").
    static let particles: Set<String> = [
        "van", "von", "de", "der", "den", "del", "della", "da", "di", "du", "la", "le", "bin",
        "binti", "al",
        "el", "ibn", "dos", "das", "y", "e", "ter", "ten", "zu",
    ]

    /// Labels that end the name on a line that holds more ("Anatolii Zubkov Email : x@y.z").
    static let contactLabels = [
        "email", "e-mail", "phone", "mobile", "tel", "address", "linkedin", "github",
    ]

    /// The person's name that `line` holds, or nil. `mononymAllowed` lets one word stand as a name (the
    /// document's opening heading); `caselessAllowed` lets a name in a script without capitals stand (the
    /// first lines only, where nothing else is likely to be).
    static func name(in line: String, mononymAllowed: Bool, caselessAllowed: Bool) -> String? {
        var text = withoutMarkup(line)
        // "San Mateo, CA", "Pune, India": a place, not a name.
        if let comma = text.firstIndex(of: ",") {
            let after = text[text.index(after: comma)...].trimmingSpaces
            if (after.count == 2 && after.allSatisfy(\.isUppercase))
                || countries.contains(after.lowercased())
            {
                return nil
            }
        }
        // "RESUME OF Darell Cormier": the title before the name goes.
        for title in ["resume of ", "résumé of ", "cv of ", "curriculum vitae of "]
        where text.lowercased().hasPrefix(title) {
            text = String(text.dropFirst(title.count))
        }
        // "Jane Doe | jane@x.com | 555..." or "Jane Doe - Data Scientist": the name comes first.
        for separator in [" | ", " · ", " • ", " – ", " — ", " - ", ",", "\t"] {
            if let range = text.range(of: separator) { text = String(text[..<range.lowerBound]) }
        }
        let words = text.split(separator: " ").map(String.init)
        if let label = words.firstIndex(where: { contactLabels.contains(Self.bare($0)) }), label > 0
        {
            text = words[..<label].joined(separator: " ")
        }
        text = text.trimmingSpaces.smallCapsMerged
        let parts = text.split(separator: " ").map(String.init)
        guard (1...5).contains(parts.count), text.count <= 60,
            !text.contains(where: { $0.isNumber || "@/:()[]{}#&+=_*\"".contains($0) })
        else { return nil }
        // Chinese and Japanese names are written without a space: one word is the norm there.
        if parts.allSatisfy(isCaseless) {
            let titled = caselessTitleWords.contains(where: text.contains)
            return caselessAllowed && !titled && text.count <= 30 ? text : nil
        }
        guard parts.count > 1 || mononymAllowed,
            !parts.contains(where: { notNameWords.contains(Self.bare($0)) })
        else { return nil }
        guard let first = parts.first?.first, first.isUppercase else { return nil }
        let shaped = parts.allSatisfy { word in
            if particles.contains(word) { return true }
            guard let initial = word.first, initial.isUppercase else { return false }
            // An abbreviation ("Ave.", "Dept.") is not part of a name; an initial ("R.") or "Jr." is.
            if word.hasSuffix("."), word.count > 2,
                !["jr.", "sr.", "st."].contains(word.lowercased())
            {
                return false
            }
            // A redacted word ("Cassin XXXX") is not a name's.
            if word.count >= 3, word.allSatisfy({ $0 == "X" }) { return false }
            return word.allSatisfy {
                $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’"
            }
        }
        // One word in capitals opening a resume is far more often its job title ("ADVOCATE", "HEALTHCARE")
        // than a name; one word in Title case ("Suharto") may be a name.
        if parts.count == 1 { return shaped && text.count >= 3 && !text.isAllCaps ? text : nil }
        return shaped ? text : nil
    }

    /// The line without markup tags and the quotes around it: a labelled text holds its name as
    /// `<label type="Name">Cayla Hauck</label>`.
    static func withoutMarkup(_ line: String) -> String {
        guard line.contains("<") || line.hasPrefix("\"") else { return line }
        var result = ""
        var inTag = false
        for character in line {
            if character == "<" {
                inTag = true
            } else if character == ">", inTag {
                inTag = false
                result.append(" ")
            } else if !inTag {
                result.append(character)
            }
        }
        return result.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")).split(
            separator: " "
        )
        .joined(separator: " ")
    }

    /// A word in lower case without the punctuation around it.
    private static func bare(_ word: String) -> String {
        String(word.lowercased().trimmingCharacters(in: .punctuationCharacters))
    }

    /// A word of letters that have no case (Chinese, Japanese, Arabic, Hebrew, Devanagari, Thai...).
    private static func isCaseless(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic && !$0.properties.isUppercase && !$0.properties.isLowercase
        }
    }
}
