extension Assessment {
    /// The assessment without what identifies the candidate, for bias-reduced screening: contact details,
    /// links and the contact lines are dropped, and every text kept (the resume's lines, evidence quotes, check
    /// quotes) is passed through a `Redactor` that takes out the name, its words, handles, addresses and phone
    /// numbers wherever they stand. `anonymousFile` replaces the file name. The portfolio is left out: its
    /// paths and commit authors name the person.
    public func blinded(file anonymousFile: String? = nil) -> Assessment {
        let redactor = Redactor(contact: resume.contact, links: resume.links)
        func redacted(_ evidence: [Evidence]) -> [Evidence] {
            evidence.filter { $0.location.section != .contact }.map { $0.redacted(by: redactor) }
        }
        var copy = self
        if let anonymousFile { copy.file = anonymousFile }
        copy.resume.contact = Contact()
        copy.resume.links = []
        copy.resume.blocks = resume.blocks.filter { $0.section != .contact }.map {
            var block = $0
            block.text = redactor.redact(block.text)
            return block
        }
        copy.resume.document.blocks = copy.resume.blocks
        copy.resume.document.linkTargets = []
        copy.resume.document.hiddenText.sample = redactor.redact(resume.document.hiddenText.sample)
        copy.skills = skills.map { skill in
            var blinded = skill
            blinded.evidence = redacted(skill.evidence)
            if blinded.evidence.isEmpty, skill.status != .missing { blinded.status = .missing }
            return blinded
        }
        copy.requirements = requirements.map { result in
            var blinded = result
            blinded.shown = result.shown.map {
                SkillEvidence(skillID: $0.skillID, evidence: redacted($0.evidence))
            }
            return blinded
        }
        copy.findings = findings.map { finding in
            var blinded = finding
            if case .phrases(let lines, let first, let phrase, let quote)? = finding.detail {
                blinded.detail = .phrases(
                    lines: lines, first: first, phrase: phrase, quote: redactor.redact(quote))
            }
            return blinded
        }
        copy.job = job.map { match in
            var blinded = match
            blinded.lines = match.lines.map { line in
                var line = line
                line.evidence = line.evidence.filter { $0.evidence.location.section != .contact }
                    .map {
                        ($0.skill, $0.evidence.redacted(by: redactor))
                    }
                return line
            }
            return blinded
        }
        copy.portfolio = nil
        return copy
    }
}
