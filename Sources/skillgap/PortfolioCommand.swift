import ArgumentParser
import Foundation
import Portfolio
import Reports
import SkillgapCore

/// `skillgap portfolio PATH...`: what a candidate's projects show, read from their code.
struct PortfolioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portfolio", _superCommandName: Skillgap.programName,
        abstract:
            "Show the languages and skills a project's code shows, with the file and line behind each.",
        discussion: """
            PATH is a project folder (a git clone or a plain folder) or a Jupyter notebook. Languages are counted \
            in non-blank lines of code per file kind (notebooks as their kernel's language, code cells only), \
            leaving out vendored and generated folders (.git, node_modules, virtual environments, build and dist) \
            and data files. Skills come from code, not words: imports (Python, R, Julia, JavaScript and \
            TypeScript, Java, Go, Rust, Swift, C and C++), dependency manifests (requirements.txt, \
            pyproject.toml, setup.py, environment.yml, Pipfile, package.json, DESCRIPTION, Project.toml, \
            Cargo.toml, go.mod, pom.xml, build.gradle, Package.swift), a Dockerfile and CI workflows.

            In a git clone, the history is read with git, with every hook, pager, external diff and signature \
            program switched off: the candidate's commits and changed lines, first and last commit, active weeks, \
            recent activity, and two flags, a bulk upload (one or two commits hold most of the code) and a fork \
            (someone else's first commit, or an upstream remote).

            Each skill is declared (only in a manifest), imported (by one or two files) or used (by three or \
            more). Nothing in a project is run: files are read as text, symbolic links are not followed, and a \
            clone's remote is read from .git/config without calling git.

            Examples:
              skillgap portfolio ./cnn-classifier
              skillgap portfolio ./thesis ./analysis.ipynb --format json
              skillgap check resume.pdf --portfolio ./cnn-classifier
            """
    )

    @Argument(help: "Project folders or notebooks.")
    var paths: [String]

    @Option(
        name: .shortAndLong,
        help:
            "Output format: \(PortfolioOutputFormat.allCases.map(\.rawValue).joined(separator: ", "))."
    )
    var format: PortfolioOutputFormat = .text

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The candidate's commit e-mail (repeatable); without it, the author with most commits stands for the candidate.",
            valueName: "email"))
    var author: [String] = []

    @OptionGroup var rulesOptions: RulesOptions

    @OptionGroup var portfolioOptions: PortfolioOptions

    func run() throws {
        // The projects are walked while the rule pack loads: neither needs the other.
        let loaded = SliceResults<Result<RulePack, Error>?>(count: 1, empty: nil)
        let loading = DispatchGroup()
        let rulesOptions = self.rulesOptions
        DispatchQueue.global().async(group: loading) {
            loaded.store(Result { try rulesOptions.loadPack() }, at: 0)
        }
        var walked: [WalkedProject] = []
        var failed = false
        var missing = false
        for path in paths {
            do {
                walked.append(try ProjectScanner.walk(path, limits: portfolioOptions.limits))
            } catch let error as PortfolioError {
                Diagnostics.error(error.path, "\(error.reason); \(error.hint)")
                failed = true
                missing = missing || error.isMissing
            }
        }
        loading.wait()
        let pack = try loaded.values[0]!.get()
        let scanner = ProjectScanner(pack: pack, limits: portfolioOptions.limits)
        let projects = walked.map(scanner.scan)
        let names = Dictionary(
            pack.skills.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        if !projects.isEmpty {
            try OutputFile.write(
                format.render(PortfolioReport(projects: projects, names: names, authors: author)),
                to: output, inputs: paths)
        }
        if missing { throw ExitStatus.noInput }
        if failed { throw ExitStatus.dataError }
    }
}
