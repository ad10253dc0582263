import Foundation
import SkillgapCore

/// A Jupyter notebook's code: its kernel's language and the lines of its code cells. Outputs and Markdown cells
/// are not code, so they count neither as lines nor as imports.
struct Notebook {
    struct Cell {
        /// 1-based, counting every cell, as Jupyter shows them.
        let number: Int
        let lines: [Substring]
    }

    /// The language's display name ("Python", "R", "Julia").
    let language: String
    let ecosystem: PackageEcosystem?
    let codeCells: [Cell]
    /// The execution count of each code cell that has one, in cell order.
    let executionCounts: [Int]
    /// Code cells with at least one output, and outputs that are errors (a traceback saved with the notebook).
    let cellsWithOutputs: Int
    let errorOutputs: Int

    /// Reads a notebook's JSON; nil when it is not a notebook (not JSON, or no `cells`).
    init?(bytes: [UInt8]) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)),
            let root = object as? [String: Any], let cells = root["cells"] as? [[String: Any]]
        else { return nil }
        let metadata = root["metadata"] as? [String: Any]
        let kernel =
            ((metadata?["kernelspec"] as? [String: Any])?["language"] as? String)
            ?? ((metadata?["language_info"] as? [String: Any])?["name"] as? String) ?? "python"
        switch kernel.lowercased() {
        case "r": (language, ecosystem) = ("R", .r)
        case "julia": (language, ecosystem) = ("Julia", .julia)
        case "scala": (language, ecosystem) = ("Scala", .java)
        case "javascript", "typescript": (language, ecosystem) = (kernel.capitalized, .npm)
        default: (language, ecosystem) = ("Python", .python)
        }
        let code = cells.filter { $0["cell_type"] as? String == "code" }
        executionCounts = code.compactMap { $0["execution_count"] as? Int }
        cellsWithOutputs = code.filter { !(($0["outputs"] as? [Any]) ?? []).isEmpty }.count
        errorOutputs =
            code.flatMap { ($0["outputs"] as? [[String: Any]]) ?? [] }
            .filter { $0["output_type"] as? String == "error" }.count
        codeCells = cells.enumerated().compactMap { index, cell in
            guard cell["cell_type"] as? String == "code" else { return nil }
            let source: String
            if let parts = cell["source"] as? [String] {
                source = parts.joined()
            } else {
                source = cell["source"] as? String ?? ""
            }
            return Cell(
                number: index + 1,
                lines: source.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline))
        }
    }
}
