import Foundation
import Ingest
import Reports
import SkillgapCore

/// Runs one assessment per file on `jobs` threads and hands each result on as soon as it is ready.
struct BatchRunner: Sendable {
    let ingestor: Ingestor
    let assessor: Assessor
    let sectioner: Sectioner
    let role: Role
    let blind: Bool
    /// Whether the outputs show the resume checks (JSON, JSON Lines, per-file reports); a CSV or Markdown
    /// ranking does not, so its batch skips them.
    let runChecks: Bool

    /// What one file produced: its ranking row and, for a readable file, its assessment; and how long reading
    /// (extraction and sectioning) and scoring took, in nanoseconds.
    struct Outcome {
        var row: RankingRow
        var assessment: Assessment?
        var readNanoseconds: UInt64 = 0
        var scoreNanoseconds: UInt64 = 0
        /// The check JSON (one line) when a worker process produced it.
        var checkJSON: String?
    }

    func run(_ files: [String], jobs: Int, each: @escaping @Sendable (Int, Outcome) -> Void) {
        let counter = IndexCounter()
        let group = DispatchGroup()
        for _ in 0..<max(1, min(jobs, files.count)) {
            group.enter()
            let thread = Thread {
                while let index = counter.next(below: files.count) {
                    each(index, outcome(index, files[index]))
                }
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
    }

    func outcome(_ index: Int, _ file: String) -> Outcome {
        let start = DispatchTime.now().uptimeNanoseconds
        do {
            let resume = sectioner.resume(from: try ingestor.read(fileAt: URL(fileURLWithPath: file)))
            let read = DispatchTime.now().uptimeNanoseconds
            var assessment = assessor.assess(resume, role: role, file: file, runChecks: runChecks)
            if blind { assessment = assessment.blinded() }
            let row = RankingRow(index: index, file: file, assessment: assessment, blind: blind)
            return Outcome(row: row, assessment: assessment, readNanoseconds: read - start,
                           scoreNanoseconds: DispatchTime.now().uptimeNanoseconds - read)
        } catch let error as ExtractionError {
            return Outcome(row: RankingRow(index: index, file: file, failure: error.message, kind: error.reason), assessment: nil)
        } catch {
            return Outcome(row: RankingRow(index: index, file: file, failure: "\(error)", kind: "other"), assessment: nil)
        }
    }
}

/// Hands out 0, 1, 2, ... to worker threads.
final class IndexCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func next(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}
