import Foundation
import SkillgapCore

#if FUZZING
    import FuzzDriver
#endif

/// libFuzzer target for the rule loader: any bytes as a rule file load or fail with a RuleFileError.
/// `bash Fuzz/run.sh rules` builds and runs it; a plain build is a stub.
@main
enum FuzzRules {
    static func main() {
        #if FUZZING
            exit(
                FuzzDriver.run { data in
                    _ = try? RulePackLoader.load([
                        RulePackLoader.File(
                            name: "fuzz.yaml", text: String(decoding: data, as: UTF8.self))
                    ])
                })
        #else
            FileHandle.standardError.write(
                Data("fuzz-rules is a libFuzzer target: run it with bash Fuzz/run.sh rules\n".utf8))
            exit(64)
        #endif
    }
}
