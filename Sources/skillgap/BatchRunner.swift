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

    /// What one file produced: its ranking row and, for a readable file, its assessment.
    struct Outcome {
        var row: RankingRow
        var assessment: Assessment?
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

    private func outcome(_ index: Int, _ file: String) -> Outcome {
        do {
            let document = try ingestor.read(fileAt: URL(fileURLWithPath: file))
            var assessment = assessor.assess(sectioner.resume(from: document), role: role, file: file)
            if blind { assessment = assessment.blinded() }
            return Outcome(row: RankingRow(index: index, file: file, assessment: assessment, blind: blind), assessment: assessment)
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
