extension Assessment {
    /// The assessment without the candidate's name, email, phone, address and links, for bias-reduced
    /// screening: contact details are dropped and no evidence from the contact lines is kept.
    public func blinded() -> Assessment {
        var copy = self
        copy.resume.contact = Contact()
        copy.resume.links = []
        copy.resume.blocks = resume.blocks.filter { $0.section != .contact }
        copy.skills = skills.map { skill in
            var blinded = skill
            blinded.evidence = skill.evidence.filter { $0.location.section != .contact }
            if blinded.evidence.isEmpty, skill.status != .missing { blinded.status = .missing }
            return blinded
        }
        return copy
    }
}
