import Analysis
import Foundation
import Ingest
import SkillgapCore

#if FUZZING
    import FuzzDriver
#endif

/// libFuzzer target for the extractors. With `SKILLGAP_FUZZ_FORMAT` set to a format (pdf, docx, html, text,
/// markdown, json-resume) every input goes straight to that format's extractor, so each extractor gets its own
/// run; without it, inputs go through format sniffing as a user's file would. The sectioner runs on whatever is
/// read. `bash Fuzz/run.sh pdf|docx|html|text|markdown|json|ingest` builds and runs it; a plain build is a stub.
@main
enum FuzzIngest {
    static func main() {
        #if FUZZING
            let ingestor = Ingestor(maximumBytes: 2_000_000, maximumPages: 5)
            let reader = ResumeReader(ingestor: ingestor)
            let name = ProcessInfo.processInfo.environment["SKILLGAP_FUZZ_FORMAT"] ?? ""
            let format = DocumentFormat(rawValue: name)
            guard name.isEmpty || format != nil else {
                FileHandle.standardError.write(
                    Data("fuzz-ingest: unknown SKILLGAP_FUZZ_FORMAT \(name)\n".utf8))
                exit(64)
            }
            exit(
                FuzzDriver.run { data in
                    // A chosen format goes straight to its extractor; otherwise the bytes are read as a
                    // user's file is. Written as an if, not `try? a ?? b`: in the fuzzing build (Swift 6.3,
                    // address sanitizer) that form handed the sectioner a garbage document for empty input.
                    let document: Document?
                    if let format {
                        document = try? ingestor.read(data, as: format)
                    } else {
                        document = try? reader.document(from: .bytes(data))
                    }
                    if let document { _ = reader.resume(from: document).blocks.count }
                })
        #else
            FileHandle.standardError.write(
                Data(
                    "fuzz-ingest is a libFuzzer target: run it with bash Fuzz/run.sh ingest\n".utf8)
            )
            exit(64)
        #endif
    }
}
