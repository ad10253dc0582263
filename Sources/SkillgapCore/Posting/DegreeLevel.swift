/// A level of university degree, lowest first.
public enum DegreeLevel: String, Codable, CaseIterable, Comparable, Sendable {
    case bachelor, master, phd

    public static func < (lhs: DegreeLevel, rhs: DegreeLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
