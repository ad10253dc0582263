import SkillgapCore

/// Reads the packages a dependency manifest declares, line by line so that each keeps its line number. These are
/// small, regular files; a reader that knows their few shapes is enough, and never runs them (`setup.py` is read
/// as text).
enum ManifestReader {
    /// Whether a file name is a manifest this reader knows.
    static func isManifest(_ fileName: String) -> Bool {
        reader(for: fileName) != nil
    }

    /// The packages declared in `text`, a file called `fileName`.
    static func packages(fileName: String, text: String) -> [DeclaredPackage] {
        guard let read = reader(for: fileName) else { return [] }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        var found: [DeclaredPackage] = []
        var state = ""
        for (index, raw) in lines.enumerated() {
            let line = raw.trimming([" ", "\t", "\r"])
            for (ecosystem, name) in read(line, raw, &state) where !name.isEmpty {
                found.append(
                    DeclaredPackage(
                        ecosystem: ecosystem, name: name, line: index + 1, text: String(line)))
            }
        }
        return found
    }

    private typealias LineReader = (Substring, Substring, inout String) -> [(
        PackageEcosystem, String
    )]

    private static func reader(for fileName: String) -> LineReader? {
        let lower = fileName.lowercased()
        switch lower {
        case "pyproject.toml": return pyproject
        case "setup.py": return setupPy
        case "setup.cfg": return setupCfg
        case "pipfile":
            return { line, _, state in
                tomlKeys(line, &state, tables: ["packages", "dev-packages"], .python)
            }
        case "environment.yml", "environment.yaml", "conda.yml", "conda.yaml": return conda
        case "package.json": return packageJSON
        case "description": return description
        case "project.toml":
            return { line, _, state in tomlKeys(line, &state, tables: ["deps", "extras"], .julia) }
        case "cargo.toml":
            return { line, _, state in
                tomlKeys(
                    line, &state,
                    tables: ["dependencies", "dev-dependencies", "build-dependencies"], .rust)
            }
        case "go.mod": return goMod
        case "pom.xml": return pom
        case "build.gradle", "build.gradle.kts": return gradle
        case "package.swift": return swiftPackage
        default:
            if lower.hasPrefix("requirements")
                && (lower.hasSuffix(".txt") || lower.hasSuffix(".in"))
            {
                return { line, _, _ in requirement(line).map { [(.python, $0)] } ?? [] }
            }
            return nil
        }
    }

    /// `torch>=2.0 ; python_version > "3.8"  # comment` is `torch`; options and includes are not packages.
    static func requirement(_ line: Substring) -> String? {
        let text = line.prefix { $0 != "#" }.trimmingSpaces
        guard !text.isEmpty, !text.hasPrefix("-"), !text.contains("://") else { return nil }
        let name = text.prefix { $0.isLetter || $0.isNumber || "._-".contains($0) }
        return name.isEmpty ? nil : String(name)
    }

    /// The first quoted string of a line, as a requirement.
    private static func quotedRequirement(_ line: Substring) -> String? {
        guard let open = line.firstIndex(where: { $0 == "\"" || $0 == "'" }) else { return nil }
        let quote = line[open]
        let body = line[line.index(after: open)...].prefix { $0 != quote }
        return requirement(body)
    }

    /// `[project] dependencies = [...]`, `[project.optional-dependencies]` and Poetry's dependency tables.
    private static func pyproject(
        _ line: Substring, _ raw: Substring, _ state: inout String
    ) -> [(PackageEcosystem, String)] {
        if line.hasPrefix("[") && !line.hasPrefix("[[") {
            state = String(line)
            return []
        }
        if state.hasPrefix("[tool.poetry") && state.hasSuffix("dependencies]") {
            let key = line.prefix { $0 != "=" }.trimmingSpaces
            return line.contains("=") && key != "python" && !key.hasPrefix("#")
                ? [(.python, String(key))] : []
        }
        if state == "[project.optional-dependencies]" || state.hasPrefix("[dependency-groups") {
            return line.hasPrefix("#")
                ? [] : quotedStrings(line).compactMap { requirement($0[...]) }.map { (.python, $0) }
        }
        if line.hasPrefix("dependencies") && line.contains("[") {
            if !line.contains("]") { state += "|list" }
            let inside = line.drop { $0 != "[" }
            return quotedStrings(inside).compactMap { requirement($0[...]) }.map { (.python, $0) }
        }
        if state.hasSuffix("|list") {
            if line.hasPrefix("]") { state.removeLast(5) }
            return quotedRequirement(line).map { [(.python, $0)] } ?? []
        }
        return []
    }

    private static func quotedStrings(_ line: Substring) -> [String] {
        var found: [String] = []
        var rest = line
        while let open = rest.firstIndex(where: { $0 == "\"" || $0 == "'" }) {
            let quote = rest[open]
            let body = rest[rest.index(after: open)...].prefix { $0 != quote }
            found.append(String(body))
            rest = rest[rest.index(after: open)...].dropFirst(body.count + 1)
        }
        return found
    }

    /// The quoted strings of `install_requires=[...]` and `extras_require`, read as text.
    private static func setupPy(
        _ line: Substring, _ raw: Substring, _ state: inout String
    ) -> [(PackageEcosystem, String)] {
        if line.contains("install_requires") || line.contains("extras_require")
            || line.contains("tests_require")
        {
            state = "list"
        }
        guard state == "list" else { return [] }
        let value = line.contains("=") && line.contains("require") ? line.drop { $0 != "=" } : line
        if value.contains("]") && !value.contains("[") || line.hasPrefix(")") || line.hasPrefix("}")
        {
            state = ""
        }
        let found = quotedStrings(value).compactMap { requirement($0[...]) }.map {
            (PackageEcosystem.python, $0)
        }
        if line.contains("]") && !line.contains("extras_require") { state = "" }
        return found
    }

    /// `install_requires =` and its indented lines.
    private static func setupCfg(
        _ line: Substring, _ raw: Substring, _ state: inout String
    ) -> [(PackageEcosystem, String)] {
        if line.hasPrefix("install_requires") || line.hasPrefix("tests_require") {
            state = "list"
            return requirement(line.drop { $0 != "=" }.dropFirst()).map { [(.python, $0)] } ?? []
        }
        guard state == "list" else { return [] }
        guard raw.first == " " || raw.first == "\t" || line.isEmpty else {
            state = ""
            return []
        }
        return requirement(line).map { [(.python, $0)] } ?? []
    }

    /// The keys of some TOML tables: `[deps] Flux = "587f…"` and `[dependencies] serde = "1"`.
    private static func tomlKeys(
        _ line: Substring, _ state: inout String, tables: [String], _ ecosystem: PackageEcosystem
    ) -> [(PackageEcosystem, String)] {
        if line.hasPrefix("[") {
            state = String(line.dropFirst().prefix { $0 != "]" })
            return []
        }
        guard tables.contains(state), line.contains("="), !line.hasPrefix("#") else { return [] }
        let key = line.prefix { $0 != "=" }.trimming([" ", "\t", "\"", "'"])
        return key.isEmpty ? [] : [(ecosystem, String(key))]
    }

    /// `dependencies:` items (`- numpy=1.24`, `- conda-forge::pandas`) and the `- pip:` list under them.
    private static func conda(
        _ line: Substring, _ raw: Substring, _ state: inout String
    ) -> [(PackageEcosystem, String)] {
        if !raw.hasPrefix(" ") && !raw.hasPrefix("-") && line.hasSuffix(":") {
            state = String(line)
            return []
        }
        guard state == "dependencies:", line.hasPrefix("-") else { return [] }
        var item = line.dropFirst().trimmingSpaces
        if item.hasPrefix("pip:") { return [] }
        if let colons = item.range(of: "::") { item = item[colons.upperBound...] }
        let name = item.prefix { $0.isLetter || $0.isNumber || "._-".contains($0) }
        return name == "python" || name == "pip" ? [] : [(.python, String(name))]
    }

    /// The keys of `dependencies`, `devDependencies`, `peerDependencies` and `optionalDependencies`.
    private static func packageJSON(
        _ line: Substring, _ raw: Substring, _ state: inout String
    ) -> [(PackageEcosystem, String)] {
        let tables = [
            "\"dependencies\"", "\"devDependencies\"", "\"peerDependencies\"",
            "\"optionalDependencies\"",
        ]
        if tables.contains(where: line.hasPrefix) {
            state = line.contains("}") ? "" : "deps"
            let inside = line.drop { $0 != "{" }.dropFirst()
            return jsonKeys(inside)
        }
        guard state == "deps" else { return [] }
        if line.hasPrefix("}") {
            state = ""
            return []
        }
        return jsonKeys(line)
    }

    private static func jsonKeys(_ text: Substring) -> [(PackageEcosystem, String)] {
        text.split(separator: ",").compactMap { pair in
            let item = pair.trimmingSpaces
            guard item.hasPrefix("\""), item.contains(":") else { return nil }
            let key = item.dropFirst().prefix { $0 != "\"" }
            return key.isEmpty ? nil : (.npm, String(key))
        }
    }

    /// `Imports:`, `Depends:`, `Suggests:` and `LinkingTo:` with their continuation lines; R itself is left out.
    private static func description(
        _ line: Substring, _ raw: Substring, _ state: inout String
    ) -> [(PackageEcosystem, String)] {
        var list = line
        if !raw.hasPrefix(" ") && !raw.hasPrefix("\t") {
            let field = line.prefix { $0 != ":" }
            state =
                ["Imports", "Depends", "Suggests", "LinkingTo"].contains(String(field))
                ? "list" : ""
            list = line.drop { $0 != ":" }.dropFirst()
        }
        guard state == "list" else { return [] }
        return list.split(separator: ",").compactMap { item in
            let name = item.trimmingSpaces.prefix { $0.isLetter || $0.isNumber || $0 == "." }
            return name.isEmpty || name == "R" ? nil : (.r, String(name))
        }
    }

    /// `require x v1` and the lines of a `require ( ... )` block.
    private static func goMod(
        _ line: Substring, _ raw: Substring, _ state: inout String
    ) -> [(PackageEcosystem, String)] {
        if line.hasPrefix("require (") {
            state = "block"
            return []
        }
        if state == "block" {
            if line.hasPrefix(")") {
                state = ""
                return []
            }
            let path = line.prefix { $0 != " " && $0 != "\t" }
            return path.isEmpty || path.hasPrefix("//") ? [] : [(.go, String(path))]
        }
        guard line.hasPrefix("require ") else { return [] }
        let path = line.dropFirst(8).trimmingSpaces.prefix { $0 != " " }
        return path.isEmpty ? [] : [(.go, String(path))]
    }

    /// `<groupId>` and `<artifactId>` of each `<dependency>`.
    private static func pom(
        _ line: Substring, _ raw: Substring, _ state: inout String
    ) -> [(PackageEcosystem, String)] {
        if line.hasPrefix("<dependency>") { state = "dependency" }
        if line.hasPrefix("</dependency>") { state = "" }
        guard state == "dependency" else { return [] }
        for tag in ["<groupId>", "<artifactId>"] where line.hasPrefix(tag) {
            let value = line.dropFirst(tag.count).prefix { $0 != "<" }
            return value.isEmpty || value.hasPrefix("$") ? [] : [(.java, String(value))]
        }
        return []
    }

    /// `implementation 'group:artifact:version'` and its Kotlin form: both the group and the artifact.
    private static func gradle(
        _ line: Substring, _ raw: Substring, _ state: inout String
    ) -> [(PackageEcosystem, String)] {
        let configurations = [
            "implementation", "api", "compile", "testImplementation", "runtimeOnly", "compileOnly",
        ]
        guard configurations.contains(where: line.hasPrefix),
            let coordinate = quotedStrings(line).first
        else {
            return []
        }
        let parts = coordinate.split(separator: ":")
        guard parts.count >= 2 else { return [] }
        return [(.java, String(parts[0])), (.java, String(parts[1]))]
    }

    /// `.package(url: "https://github.com/jpsim/Yams", ...)`: the repository's name.
    private static func swiftPackage(
        _ line: Substring, _ raw: Substring, _ state: inout String
    ) -> [(PackageEcosystem, String)] {
        guard line.contains(".package("),
            let url = quotedStrings(line).first(where: { $0.contains("/") })
        else {
            return []
        }
        var name = url.split(separator: "/").last.map(String.init) ?? ""
        if name.hasSuffix(".git") { name.removeLast(4) }
        return name.isEmpty ? [] : [(.swift, name)]
    }

    /// The licence a manifest declares: `License: MIT + file LICENSE` in DESCRIPTION, `"license": "MIT"` in
    /// package.json, `license = "MIT"` in pyproject.toml or Cargo.toml.
    static func license(fileName: String, text: String) -> String? {
        for raw in text.split(whereSeparator: \.isNewline).prefix(400) {
            let line = raw.trimmingSpaces
            let value: Substring
            if line.hasPrefix("License:") {
                value = line.dropFirst(8)
            } else if line.hasPrefix("\"license\":") {
                value = line.dropFirst(10)
            } else if line.hasPrefix("license =") || line.hasPrefix("license=") {
                value = line.drop { $0 != "=" }.dropFirst()
            } else {
                continue
            }
            let name = value.trimming([" ", "\"", "'", ",", "{", "}"]).prefix {
                $0 != " " && $0 != "\""
            }
            if !name.isEmpty, name != "file" { return String(name) }
        }
        return nil
    }

    /// `!pip install torch transformers` or `%pip install -q x` in a notebook cell.
    static func pipInstall(_ line: Substring) -> [String] {
        let text = line.trimmingSpaces
        guard
            text.hasPrefix("!pip") || text.hasPrefix("%pip") || text.hasPrefix("!conda")
                || text.hasPrefix("%conda"),
            let install = text.range(of: " install ")
        else { return [] }
        return text[install.upperBound...].split(separator: " ").compactMap { word in
            word.hasPrefix("-") ? nil : requirement(word.trimming(["\"", "'"]))
        }
    }
}
