import SkillgapCore

/// The most characters of text one input is analyzed for (`--max-characters`), and the one rule for how far
/// readers go: they stop reading once they hold twice the limit, so that an endless file costs no more than
/// that, and the final cut falls in text that was read rather than at a reader's boundary.
struct CharacterLimit: Sendable {
    let characters: Int

    /// Characters (or UTF-8 bytes, which never fewer) a reader may hold before it stops reading.
    var readingLimit: Int {
        let (doubled, overflow) = characters.multipliedReportingOverflow(by: 2)
        return overflow ? Int.max : doubled
    }

    /// Whether a reader that holds `count` characters should stop.
    func stopsReading(at count: Int) -> Bool {
        count > readingLimit
    }

    /// The document cut after `characters` characters of block text, with a warning: analyzing the first part
    /// of an endless file is honest; reading all of it is not needed and not bounded.
    func cut(_ document: Document) -> Document {
        // Characters never outnumber UTF-8 bytes: most documents are cleared without counting characters.
        guard document.blocks.reduce(0, { $0 + $1.text.utf8.count }) > characters else {
            return document
        }
        var total = 0
        var kept: [Block] = []
        for block in document.blocks {
            let length = block.text.count
            if total + length > characters {
                var last = block
                let room = characters - total
                if room > 0 {
                    last.text = String(block.text.prefix(room))
                    kept.append(last)
                }
                var result = document
                result.blocks = kept
                let warning = ExtractionWarning.charactersLimited(characters: characters)
                if !result.warnings.contains(warning) { result.warnings.append(warning) }
                return result
            }
            total += length
            kept.append(block)
        }
        return document
    }
}
