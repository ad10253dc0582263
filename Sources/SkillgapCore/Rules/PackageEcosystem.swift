/// Where a package or import name lives: the names a skill's code uses differ by language (`sklearn` is imported,
/// `scikit-learn` installed), so each name is kept with its ecosystem.
public enum PackageEcosystem: String, Codable, CaseIterable, Sendable {
    /// Python imports and PyPI or conda package names.
    case python
    /// R packages, from `library()`, `require()` and a `DESCRIPTION` file.
    case r
    /// Julia packages, from `using`, `import` and `Project.toml`.
    case julia
    /// JavaScript and TypeScript packages, from `import`, `require()` and `package.json`.
    case npm
    /// Go module paths, from `import` and `go.mod`.
    case go
    /// Java package prefixes and Maven or Gradle artifact ids.
    case java
    /// Rust crates, from `use` and `Cargo.toml`.
    case rust
    /// Swift modules and packages, from `import` and `Package.swift`.
    case swift
    /// C and C++ headers, from `#include`.
    case c

    /// A name as compared: Python folds case and treats `-`, `_` and `.` alike (PEP 503); R, Julia, Java and
    /// Swift names are compared ignoring case; the others as written, lower-cased.
    public func normalized(_ name: String) -> String {
        let lower = name.lowercased()
        switch self {
        case .python:
            return String(lower.map { "_.".contains($0) ? "-" : $0 })
        case .rust:
            return String(lower.map { $0 == "_" ? "-" : $0 })
        default:
            return lower
        }
    }
}
