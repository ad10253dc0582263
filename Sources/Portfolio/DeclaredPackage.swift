import SkillgapCore

/// A package a manifest declares: `torch==2.1` in `requirements.txt` line 3.
struct DeclaredPackage: Equatable {
    let ecosystem: PackageEcosystem
    let name: String
    let line: Int
    let text: String
}
