import Foundation
import SkillgapCore

/// Reads a clone's history with `git log`, with everything a repository's own config could make git run
/// switched off. A hostile clone's `.git/config` may name programs for git to start (`core.fsmonitor`,
/// `core.pager`, `diff.external`, textconv drivers, `gpg.program` with `log.showSignature`) and may carry hooks;
/// command-line settings override the repository's, so each is set here, no system or global config is read,
/// no pager, no prompt and no network. `PortfolioHostileTests` proves it with a config that would create a
/// file if anything ran.
enum GitLog {
    /// Commits read at most: enough for any portfolio project, bounded for a hostile one.
    static let maximumCommits = 5_000

    static let safetyOptions = [
        "--no-pager",
        "-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null", "-c", "core.pager=cat",
        "-c", "diff.external=", "-c", "log.showSignature=false", "-c", "gpg.program=false",
        "-c", "core.sshCommand=false", "-c", "protocol.allow=never", "-c", "safe.directory=*",
        "-c", "core.untrackedCache=false", "-c", "log.mailmap=false", "-c", "core.askPass=false",
    ]

    /// The history of the clone at `folder`, or nil when it is no clone or git cannot read it.
    /// `hasUpstream` comes from the clone's config, read once by the scanner (`GitConfig.remotes`).
    static func history(ofProject folder: String, hasUpstream: Bool) -> GitHistory? {
        let gitDirectory = folder + "/.git"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: gitDirectory, isDirectory: &isDirectory),
            isDirectory.boolValue, let git = executable()
        else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: git)
        process.arguments =
            safetyOptions + [
                "--git-dir=\(gitDirectory)", "log", "--no-textconv", "--no-ext-diff", "--no-color",
                "--no-renames", "--max-count=\(maximumCommits)", "--numstat",
                "--format=%x1e%ae%x1f%an%x1f%at",
            ]
        process.environment = [
            "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null", "HOME": "/nonexistent",
            "GIT_TERMINAL_PROMPT": "0", "GIT_OPTIONAL_LOCKS": "0", "GIT_PAGER": "cat",
            "PAGER": "cat",
            "GIT_NO_REPLACE_OBJECTS": "1", "GIT_ATTR_NOSYSTEM": "1", "LC_ALL": "C",
            "PATH": "/usr/bin:/bin",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let commits = parse(String(decoding: data, as: UTF8.self))
        guard !commits.isEmpty else { return nil }
        return GitHistory(commits: commits, hasUpstream: hasUpstream)
    }

    /// Records start with U+001E; a header is e-mail, name and time split by U+001F, then `added<TAB>deleted<TAB>
    /// path` lines (`-` for a binary file).
    static func parse(_ text: String) -> [GitHistory.Commit] {
        text.split(separator: "\u{1E}").compactMap { record in
            let lines = record.split(separator: "\n")
            guard let header = lines.first else { return nil }
            let fields = header.split(separator: "\u{1F}", omittingEmptySubsequences: false)
            guard fields.count == 3, let time = Int(fields[2]) else { return nil }
            let changed = lines.dropFirst().reduce(0) { sum, line in
                let counts = line.split(separator: "\t", maxSplits: 2)
                guard counts.count == 3 else { return sum }
                return sum + (Int(counts[0]) ?? 0) + (Int(counts[1]) ?? 0)
            }
            return GitHistory.Commit(
                email: String(fields[0]), name: String(fields[1]), time: time, changedLines: changed
            )
        }
    }

    /// git from the system's own folders, never from a PATH a project could influence.
    private static func executable() -> String? {
        ["/usr/bin/git", "/bin/git", "/usr/local/bin/git"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }
}
