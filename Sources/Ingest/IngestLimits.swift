/// The bounds on what one input may cost to read, with the defaults `skillgap` uses. Codable, so a batch
/// hands the same limits to its worker processes.
public struct IngestLimits: Codable, Equatable, Sendable {
    /// Inputs larger than this many bytes are refused before any parsing.
    public var maximumBytes = 25 * 1_000_000
    /// PDF pages beyond this are not analyzed.
    public var maximumPages = 40
    /// The most a DOCX part may expand to when decompressed, in bytes.
    public var maximumUnzippedBytes = 64 * 1_000_000
    /// The most characters of text analyzed; the rest is left out with a warning.
    public var maximumCharacters = 200_000
    /// The most a DOCX part may expand relative to its compressed size (zip bombs).
    public var maximumCompressionRatio = 200
    /// How deeply HTML elements and JSON arrays and objects may nest.
    public var maximumDepth = 256
    /// HTML elements read and JSON values allowed.
    public var maximumElements = 50_000

    public init() {}
}
