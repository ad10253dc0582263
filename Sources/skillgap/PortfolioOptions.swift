import ArgumentParser
import Portfolio

/// Limits on what a portfolio scan reads, shared by `portfolio` and `check --portfolio`.
struct PortfolioOptions: ParsableArguments {
    @Option(
        name: .long,
        help: "Read at most this many files per project; the rest is left out with a warning.")
    var maxProjectFiles: Int = PortfolioLimits.default.maxFiles

    @Option(
        name: .long,
        help: "Leave out a project's source or manifest file larger than this many kilobytes.")
    var maxProjectFileSize: Int = PortfolioLimits.default.maxFileBytes / 1024

    @Option(name: .long, help: "Leave out a notebook larger than this many megabytes.")
    var maxNotebookSize: Int = PortfolioLimits.default.maxNotebookBytes / (1 << 20)

    @Option(name: .long, help: "Enter a project's folders at most this many levels deep.")
    var maxProjectDepth: Int = PortfolioLimits.default.maxDepth

    func validate() throws {
        try InputOptions.require(maxProjectFiles, in: 1...10_000_000, "--max-project-files")
        try InputOptions.require(
            maxProjectFileSize, in: 1...1_000_000, "--max-project-file-size", unit: " kilobytes")
        try InputOptions.require(
            maxNotebookSize, in: 1...4_000, "--max-notebook-size", unit: " megabytes")
        try InputOptions.require(maxProjectDepth, in: 1...1_000, "--max-project-depth")
    }

    var limits: PortfolioLimits {
        PortfolioLimits(
            maxFiles: maxProjectFiles, maxFileBytes: maxProjectFileSize * 1024,
            maxNotebookBytes: maxNotebookSize << 20, maxDepth: maxProjectDepth)
    }
}
