import Foundation
#if FUZZING
import FuzzDriver
#endif
import Ingest
import SkillgapCore

/// libFuzzer target for the extractors: any bytes go through format sniffing, the matching extractor and the
/// sectioner, as a user's file would. `bash Fuzz/run.sh ingest` builds and runs it; a plain build is a stub.
@main
enum FuzzIngest {
    static func main() {
        #if FUZZING
        exit(FuzzDriver.run { data in
            if let document = try? Ingestor(maximumBytes: 2_000_000, maximumPages: 5).read(data) {
                _ = Sectioner().resume(from: document).blocks.count
            }
        })
        #else
        FileHandle.standardError.write(Data("fuzz-ingest is a libFuzzer target: run it with bash Fuzz/run.sh ingest\n".utf8))
        exit(64)
        #endif
    }
}
