import ArgumentParser
import Foundation
import Reports

/// `skillgap`: an offline resume and portfolio analyzer.
@main
struct Skillgap: ParsableCommand {
    /// The program's name, which every command without subcommands also carries as its super-command name:
    /// `main()` parses such a command as its own root, and its help and errors must still say `skillgap COMMAND`
    /// (swift-argument-parser then also leaves the completion-script check to the root, where it belongs).
    static let programName = "skillgap"

    static let configuration = CommandConfiguration(
        commandName: programName,
        abstract:
            "Offline resume analyzer: reads a resume and shows the evidence for each skill a role needs.",
        discussion: """
            Reads PDF, DOCX, HTML, Markdown, plain text and JSON Resume files; the format is recognised from the \
            content, not the file name. Nothing leaves your machine.

            Exit codes: 0 done, 1 score below --fail-under, 64 usage error, 65 a file could not be analyzed (damaged, encrypted, no text \
            layer, empty), 66 a file is missing or unreadable, 69 a library is not installed (SQLite for --db, libxml2 \
            for HTML and DOCX), 74 the output could not be written, 75 a results store locked by another batch for too \
            long, 78 an invalid rule pack.
            """,
        version: "0.1.0",
        subcommands: [
            Check.self, PostingCommand.self, PortfolioCommand.self, Batch.self, Rank.self,
            Extract.self, Rules.self,
            Worker.self,
        ]
    )

    /// `-V` prints the version, and a mistyped command is named with the closest one, before the parser's own
    /// handling, which would only print the usage; a command without subcommands is parsed directly.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments == ["-V"] {
            print(configuration.version)
            return
        }
        let commands = configuration.subcommands.map { $0._commandName }.filter { $0 != "worker" }
        if let first = arguments.first, !first.hasPrefix("-"), first != "help", first != "worker",
            !commands.contains(first)
        {
            Diagnostics.write(
                "skillgap: '\(UntrustedText.terminal(first))' is not a command; commands: "
                    + commands.joined(separator: ", ") + DidYouMean.hint(first, among: commands)
                    + "\n")
            Foundation.exit(ExitStatus.usage.rawValue)
        }
        // A command without subcommands is parsed as its own root: the same parser and the same values, without
        // the root's passes over the arguments, which cost a one-page check more than its matching did. What it
        // cannot parse, `--help` included, goes the usual way, whose messages and usage name `skillgap COMMAND`.
        if let first = arguments.first,
            let leaf = configuration.subcommands.first(where: { $0._commandName == first }),
            leaf.configuration.subcommands.isEmpty,
            var command = try? leaf.parseAsRoot(Array(arguments.dropFirst())),
            // `--help` parses as the parser's own help command: that, like an error, goes the usual way.
            type(of: command) == leaf
        {
            do {
                try command.run()
            } catch {
                exit(withError: error)
            }
            return
        }
        main(arguments)
    }
}
