import Foundation

/// Loads and validates rule files into a `RulePack`. Validation is strict: unknown keys, wrong types, duplicate
/// ids, aliases claimed by two skills and unknown skill ids in roles are errors that point at the YAML.
public enum RulePackLoader {
    /// A rule file to load: its name for messages and its text.
    public struct File: Sendable {
        public var name: String
        public var text: String

        public init(name: String, text: String) {
            self.name = name
            self.text = text
        }
    }

    /// The rule files compiled into the binary.
    public static var embeddedFiles: [File] {
        EmbeddedRuleFiles.all.sorted { $0.key < $1.key }.map {
            File(name: "Rules/" + $0.key, text: $0.value)
        }
    }

    /// The built-in pack: compiled into the binary (`CompiledRules`) when that was made from the embedded YAML,
    /// else loaded from the YAML.
    public static func builtIn() throws -> RulePack {
        CompiledRules.isCurrent ? compiledPack : try load(embeddedFiles)
    }

    /// The compiled built-in pack, made once per process and kept to its end: a batch's workers share it, and a
    /// one-file `check` does not free its thousands of objects just before exiting.
    private static let compiledPack = CompiledRules.pack()

    /// The compiled pack's matcher, made the first time a command matches (`extract` does not) and kept, like
    /// the pack, to the end of the process.
    static let compiledMatcher = SkillMatcher(
        skills: compiledPack.skills,
        trie: AliasTrie(skills: compiledPack.skills, frozen: CompiledRules.trie()),
        phrases: CompiledRules.matcherPhrases())

    /// `CompiledRules.swift` for the embedded YAML, loaded and validated now (`swift run rules-snapshot`).
    public static func compiledSource() throws -> String {
        RulePackSwiftSource.source(
            for: try load(embeddedFiles), digest: EmbeddedRuleFiles.sourceDigest)
    }

    /// The built-in pack with the files at `path` (a rules folder, or one YAML file) added; a file with the
    /// same path below the folder as a built-in file replaces it.
    public static func builtIn(overriddenBy path: String) throws -> RulePack {
        try load(files(overriddenBy: path))
    }

    /// The rule files of the built-in pack with the files at `path` on top (see `builtIn(overriddenBy:)`),
    /// in the order they load; the built-in files alone when `path` is nil.
    public static func files(overriddenBy path: String?) throws -> [File] {
        guard let path else { return embeddedFiles }
        var files = Dictionary(
            embeddedFiles.map { (String($0.name.dropFirst("Rules/".count)), $0) },
            uniquingKeysWith: { first, _ in first })
        for (relative, file) in try filesOnDisk(at: path) { files[relative] = file }
        return files.sorted { $0.key < $1.key }.map(\.value)
    }

    /// The YAML files at `path` keyed by their path relative to it (a single file keys by its name).
    public static func filesOnDisk(at path: String) throws -> [(String, File)] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw RuleFileError(
                file: path, message: "no such file or folder",
                hint: "pass a rules folder or a .yaml file")
        }
        let root = URL(fileURLWithPath: path)
        var urls: [URL] = []
        if isDirectory.boolValue {
            let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
            while let url = walker?.nextObject() as? URL {
                if url.pathExtension == "yaml" || url.pathExtension == "yml" { urls.append(url) }
            }
        } else {
            urls = [root]
        }
        return try urls.sorted { $0.path < $1.path }.map { url in
            let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
            if let size = attributes?[.size] as? Int, size > RuleSource.maximumBytes {
                throw RuleFileError(
                    file: url.path,
                    message:
                        "the file is \(size / 1000) KB; rule files are limited to \(RuleSource.maximumBytes / 1_000_000) MB"
                )
            }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw RuleFileError(file: url.path, message: "cannot read the file")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw RuleFileError(file: url.path, message: "the file is not UTF-8 text")
            }
            let relative =
                isDirectory.boolValue
                ? String(
                    url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
                : url.lastPathComponent
            return (relative, File(name: url.path, text: text))
        }
    }

    /// Validates and loads rule files of every kind; the kind of each file comes from its top-level keys.
    public static func load(_ files: [File]) throws -> RulePack {
        var vocabulary: HeadingVocabulary?
        var postingVocabulary: PostingVocabulary?
        var skills: [Skill] = []
        var roleNodes: [(RuleNode, [String: RuleNode])] = []
        var checks: [ResumeCheck] = []
        for file in files {
            let source = RuleSource(name: file.name, text: file.text)
            let root = try source.root()
            guard case .mapping(let mapping) = root.node else {
                throw root.error(
                    "a rule file must be a mapping",
                    hint:
                        "start with 'skills:', 'checks:', 'sections:', 'posting:' or a role's 'id:'"
                )
            }
            let keys = Set(mapping.keys.compactMap(\.string))
            if keys.contains("skills") {
                skills += try SkillFileReader.skills(in: root)
            } else if keys.contains("checks") {
                checks += try CheckFileReader.checks(in: root)
            } else if keys.contains("posting") {
                postingVocabulary = try PostingVocabulary(root: root)
            } else if keys.contains("sections") {
                vocabulary = try HeadingVocabulary(yaml: file.text, name: file.name)
            } else {
                roleNodes.append(
                    (
                        root,
                        try root.mapping(
                            "a role", allowed: RoleFileReader.keys,
                            required: RoleFileReader.required)
                    ))
            }
        }
        try SkillFileReader.validateAcrossFiles(skills)
        try SkillFileReader.validateImplications(skills)
        let known = Set(skills.map(\.id))
        let roles = try roleNodes.map {
            try RoleFileReader.role(from: $0.1, node: $0.0, knownSkills: known)
        }
        try RoleFileReader.validateAcrossFiles(roles)
        try CheckFileReader.validateAcrossFiles(checks)
        return RulePack(
            vocabulary: vocabulary ?? .standard, skills: skills, roles: roles, checks: checks,
            postingVocabulary: postingVocabulary ?? .standard)
    }
}
