/// The typeface facts an extractor saw for a block (PDF only): its dominant size in points and weight.
public struct FontHint: Codable, Equatable, Sendable {
    /// The dominant font size of the block, in points.
    public var size: Double
    /// Whether most of the block is set in a bold (or heavier) face.
    public var bold: Bool

    public init(size: Double, bold: Bool) {
        self.size = size
        self.bold = bold
    }
}
