import ArgumentParser

/// `skillgap`: an offline resume and portfolio analyzer.
@main
struct Skillgap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skillgap",
        abstract:
            "Offline resume analyzer: reads a resume and shows the evidence for each skill a role needs.",
        discussion: """
            Reads PDF, DOCX, HTML, Markdown, plain text and JSON Resume files; the format is recognised from the \
            content, not the file name. Nothing leaves your machine.

            Exit codes: 0 done, 1 score below --fail-under, 64 usage error, 65 a file could not be analyzed (damaged, encrypted, no text \
            layer, empty), 66 a file is missing or unreadable, 74 the output could not be written, 78 an invalid rule pack.
            """,
        version: "0.1.0",
        subcommands: [
            Check.self, PostingCommand.self, PortfolioCommand.self, Batch.self, Rank.self,
            Extract.self, Rules.self,
            Worker.self,
        ]
    )
}
