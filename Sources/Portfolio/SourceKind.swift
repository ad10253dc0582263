import SkillgapCore

/// What a file of a project is, from its name: a language's source, a notebook, or something not counted.
enum SourceKind: Equatable {
    case code(language: String, ecosystem: PackageEcosystem?)
    case notebook
    /// Not counted as a language (prose, data, images, lock files), but a manifest may still be read.
    case other

    /// Languages by file extension, lower-cased. Markup and data formats are left out on purpose: a Jupyter
    /// repository is not "JSON", and a site's HTML is not its author's code.
    static let byExtension: [String: (String, PackageEcosystem?)] = [
        "py": ("Python", .python), "pyw": ("Python", .python), "pyx": ("Cython", .python),
        "r": ("R", .r), "rmd": ("R", .r), "qmd": ("R", .r), "jl": ("Julia", .julia),
        "js": ("JavaScript", .npm), "mjs": ("JavaScript", .npm), "cjs": ("JavaScript", .npm),
        "jsx": ("JavaScript", .npm), "ts": ("TypeScript", .npm), "tsx": ("TypeScript", .npm),
        "java": ("Java", .java), "kt": ("Kotlin", .java), "scala": ("Scala", .java),
        "go": ("Go", .go), "rs": ("Rust", .rust), "swift": ("Swift", .swift),
        "c": ("C", .c), "h": ("C", .c), "cc": ("C++", .c), "cpp": ("C++", .c), "cxx": ("C++", .c),
        "hpp": ("C++", .c), "hh": ("C++", .c), "cu": ("CUDA", .c), "cuh": ("CUDA", .c),
        "m": ("MATLAB", nil), "sql": ("SQL", nil), "sh": ("Shell", nil), "bash": ("Shell", nil),
        "rb": ("Ruby", nil), "php": ("PHP", nil), "cs": ("C#", nil), "lua": ("Lua", nil),
        "dart": ("Dart", nil), "hs": ("Haskell", nil), "ex": ("Elixir", nil), "pl": ("Perl", nil),
    ]

    init(fileName: String) {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".ipynb") {
            self = .notebook
            return
        }
        // Minified bundles are generated, whatever their extension says.
        if lower.hasSuffix(".min.js") || lower.hasSuffix(".bundle.js") {
            self = .other
            return
        }
        guard let dot = lower.lastIndex(of: "."),
            let known = Self.byExtension[String(lower[lower.index(after: dot)...])]
        else {
            self = .other
            return
        }
        self = .code(language: known.0, ecosystem: known.1)
    }

    /// Folders that hold other people's code or generated files, never the candidate's.
    static let skippedFolders: Set<String> = [
        ".git", ".hg", ".svn", "node_modules", "bower_components", "venv", ".venv", "env", ".env",
        "virtualenv",
        "site-packages", "dist-packages", "__pycache__", ".ipynb_checkpoints", ".tox", ".nox",
        ".mypy_cache",
        ".pytest_cache", ".ruff_cache", "build", "dist", "target", ".build", ".gradle", ".idea",
        ".vscode",
        "vendor", "third_party", "third-party", "external", "Pods", "Carthage", ".eggs", "renv",
        "packrat",
        ".julia", "coverage", ".next", ".nuxt", "out",
    ]
}
