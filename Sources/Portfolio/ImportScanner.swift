import SkillgapCore

/// Reads the modules a source line imports, for one language family. Only import statements count: a word in a
/// comment or a string is not a dependency. Go's `import ( ... )` block spans lines, so a scanner is kept per file.
struct ImportScanner {
    let ecosystem: PackageEcosystem
    private(set) var inGoBlock = false

    init(ecosystem: PackageEcosystem) {
        self.ecosystem = ecosystem
    }

    /// Whether a line may hold an import, judged on its bytes: most lines of code cannot, and they are never
    /// made into strings. `first` is the line's first visible byte.
    func mayImport(_ bytes: UnsafeBufferPointer<UInt8>, first: Int, end: Int) -> Bool {
        typealias B = ByteLines
        let line = first..<end
        switch ecosystem {
        case .python:
            return B.starts(bytes, at: first, end: end, with: "import ")
                || B.starts(bytes, at: first, end: end, with: "from ")
        case .r:
            return B.contains(bytes, line, "::") || B.contains(bytes, line, "library(")
                || B.contains(bytes, line, "require") || B.contains(bytes, line, "p_load(")
        case .julia:
            return B.starts(bytes, at: first, end: end, with: "using ")
                || B.starts(bytes, at: first, end: end, with: "import ")
        case .npm:
            return B.contains(bytes, line, "import") || B.contains(bytes, line, "require(")
                || B.contains(bytes, line, "from ")
        case .go:
            return inGoBlock || B.starts(bytes, at: first, end: end, with: "import")
        case .java, .swift:
            return B.contains(bytes, line, "import ")
        case .rust:
            return B.contains(bytes, line, "use ") || B.contains(bytes, line, "extern crate")
        case .c:
            return bytes[first] == UInt8(ascii: "#")
        }
    }

    /// The module names `line` imports, as written (`torch`, `@tensorflow/tfjs`, `org.apache.spark.sql`).
    mutating func modules(in line: Substring) -> [String] {
        let text = line.trimmingSpaces
        guard !text.isEmpty else { return [] }
        switch ecosystem {
        case .python: return Self.python(text)
        case .r: return Self.r(text)
        case .julia: return Self.julia(text)
        case .npm: return Self.javascript(text)
        case .go: return go(text)
        case .java: return Self.java(text)
        case .rust: return Self.rust(text)
        case .swift: return Self.swift(text)
        case .c: return Self.c(text)
        }
    }

    private static func identifiers(_ list: Substring) -> [String] {
        list.split(separator: ",").compactMap { item in
            let name = item.trimmingSpaces.prefix {
                $0.isLetter || $0.isNumber || $0 == "_" || $0 == "."
            }
            return name.isEmpty ? nil : String(name)
        }
    }

    /// `import a.b as c, d` and `from a.b import c`: the top-level packages. `!pip install x` in a notebook is
    /// read by `ManifestReader`.
    static func python(_ text: Substring) -> [String] {
        if text.hasPrefix("import ") {
            return identifiers(text.dropFirst(7)).flatMap(packageNames)
        }
        if text.hasPrefix("from ") {
            let module = text.dropFirst(5).prefix { $0 != " " }
            guard !module.hasPrefix(".") else { return [] }
            return packageNames(String(module))
        }
        return []
    }

    /// The top-level package of a dotted module, and its first two levels when it has them: a few packages
    /// live inside another (`tensorflow.keras` is Keras).
    private static func packageNames(_ module: String) -> [String] {
        let parts = module.split(separator: ".")
        guard let top = parts.first else { return [] }
        return parts.count > 1 ? [String(top), "\(top).\(parts[1])"] : [String(top)]
    }

    /// `library(x)`, `require("x")`, `requireNamespace('x')`, `pacman::p_load(a, b)` and `x::f()`.
    static func r(_ text: Substring) -> [String] {
        var found: [String] = []
        for call in ["library(", "require(", "requireNamespace(", "p_load("] {
            var rest = text[...]
            while let range = rest.range(of: call) {
                let before = rest[..<range.lowerBound].last
                rest = rest[range.upperBound...]
                guard before.map({ !($0.isLetter || $0 == "_") }) ?? true else { continue }
                let arguments = rest.prefix { $0 != ")" }
                let all = arguments.split(separator: ",")
                let items = call == "p_load(" ? all : Array(all.prefix(1))
                for item in items {
                    let name = item.trimming(["\"", "'", " "])
                    if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." }) {
                        found.append(String(name))
                    }
                }
            }
        }
        if !text.hasPrefix("#") {
            var rest = text[...]
            while let range = rest.range(of: "::") {
                let name = rest[..<range.lowerBound].reversed().prefix {
                    $0.isLetter || $0.isNumber || $0 == "."
                }
                if !name.isEmpty { found.append(String(name.reversed())) }
                rest = rest[range.upperBound...].drop { $0 == ":" }
            }
        }
        return found
    }

    /// `using A, B: f` and `import A.B`.
    static func julia(_ text: Substring) -> [String] {
        for keyword in ["using ", "import "] where text.hasPrefix(keyword) {
            let list = text.dropFirst(keyword.count).prefix { $0 != ":" }
            return identifiers(list).map { String($0.split(separator: ".")[0]) }.filter {
                $0 != "Base"
            }
        }
        return []
    }

    /// `import x from 'pkg'`, `} from "pkg"`, `import 'pkg'`, `require('pkg')` and `import('pkg')`: the package,
    /// never a relative path.
    static func javascript(_ text: Substring) -> [String] {
        var specifiers: [Substring] = []
        for marker in ["from ", "require(", "import(", "import "] {
            var rest = text[...]
            while let range = rest.range(of: marker) {
                rest = rest[range.upperBound...]
                guard let quote = rest.first, "'\"`".contains(quote) else { continue }
                let body = rest.dropFirst().prefix { $0 != quote }
                specifiers.append(body)
            }
        }
        var found: [String] = []
        for specifier in specifiers where !specifier.hasPrefix(".") && !specifier.hasPrefix("/") {
            let parts = specifier.split(separator: "/")
            guard let first = parts.first else { continue }
            let name =
                first.hasPrefix("@") && parts.count > 1 ? "\(first)/\(parts[1])" : String(first)
            if !found.contains(name) {
                found.append(name.hasPrefix("node:") ? String(name.dropFirst(5)) : name)
            }
        }
        return found
    }

    /// `import "x"`, `import alias "x"` and the lines of an `import ( ... )` block: the whole path, looked up by
    /// its prefixes.
    mutating func go(_ text: Substring) -> [String] {
        if inGoBlock {
            if text.hasPrefix(")") {
                inGoBlock = false
                return []
            }
            return Self.quoted(text)
        }
        if text.hasPrefix("import (") || text == "import(" {
            inGoBlock = true
            return []
        }
        return text.hasPrefix("import ") ? Self.quoted(text) : []
    }

    private static func quoted(_ text: Substring) -> [String] {
        guard let open = text.firstIndex(of: "\"") else { return [] }
        let body = text[text.index(after: open)...].prefix { $0 != "\"" }
        return body.isEmpty ? [] : [String(body)]
    }

    /// `import a.b.C;`, `import static a.b.C.d;` (Java, Kotlin, Scala).
    static func java(_ text: Substring) -> [String] {
        guard text.hasPrefix("import ") else { return [] }
        var rest = text.dropFirst(7).trimmingSpaces
        if rest.hasPrefix("static ") { rest = rest.dropFirst(7).trimmingSpaces }
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
        return name.isEmpty ? [] : [String(name)]
    }

    /// `use x::y;` and `extern crate x;`, leaving out the crate's own modules.
    static func rust(_ text: Substring) -> [String] {
        var rest: Substring
        if text.hasPrefix("use ") {
            rest = text.dropFirst(4)
        } else if text.hasPrefix("pub use ") {
            rest = text.dropFirst(8)
        } else if text.hasPrefix("extern crate ") {
            rest = text.dropFirst(13)
        } else {
            return []
        }
        let name = rest.trimmingSpaces.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        return ["", "std", "core", "alloc", "crate", "self", "super"].contains(String(name))
            ? [] : [String(name)]
    }

    /// `import X` and `@testable import X`.
    static func swift(_ text: Substring) -> [String] {
        let statement = text.hasPrefix("@testable ") ? text.dropFirst(10) : text
        guard statement.hasPrefix("import ") else { return [] }
        let name = statement.dropFirst(7).trimmingSpaces.prefix {
            $0.isLetter || $0.isNumber || $0 == "_"
        }
        return name.isEmpty ? [] : [String(name)]
    }

    /// `#include <x>` and `#include "x"`.
    static func c(_ text: Substring) -> [String] {
        guard text.hasPrefix("#") else { return [] }
        let directive = text.dropFirst().trimmingSpaces
        guard directive.hasPrefix("include") else { return [] }
        let rest = directive.dropFirst(7).trimmingSpaces
        guard let open = rest.first, open == "<" || open == "\"" else { return [] }
        let close: Character = open == "<" ? ">" : "\""
        let name = rest.dropFirst().prefix { $0 != close }
        return name.isEmpty ? [] : [String(name)]
    }
}
