import Foundation

/// What a font's name says of its glyphs (bold, an icon font), remembered for the life of the process: the files
/// of a batch share a few dozen fonts, and classifying a name is string work done once.
final class FontFaces: @unchecked Sendable {
    static let shared = FontFaces()

    private var known: [String: (bold: Bool, icon: Bool)] = [:]
    private let lock = NSLock()
    /// Enough for any real batch; a file that names fonts by the thousand only stops being remembered.
    private let capacity = 10_000

    func face(_ name: String) -> (bold: Bool, icon: Bool) {
        if let face = lock.withLock({ known[name] }) { return face }
        let face = (PDFPageReader.isBoldFont(name), PDFPageReader.isIconFont(name))
        lock.withLock { if known.count < capacity { known[name] = face } }
        return face
    }
}
