import Foundation
import SkillgapCore

/// Runs a batch in a persistent pool of `skillgap worker` processes, one per job. A worker that crashes or
/// runs past the time limit on a file is replaced, and that file is reported as failed with the reason; the
/// batch goes on.
struct IsolatedBatchRunner: Sendable {
    /// The worker's command-line options (role, rules, limits, outputs).
    let workerArguments: [String]
    let emitCheck: Bool
    let timeout: Double
    /// Report file names by input index ("" for none).
    let reportNames: [String]

    func run(_ files: [String], jobs: Int, each: @escaping @Sendable (Int, BatchRunner.Outcome) -> Void) throws {
        signal(SIGPIPE, SIG_IGN) // a worker that died must not take the batch with it
        let counter = IndexCounter()
        let group = DispatchGroup()
        let failure = StartFailure()
        for _ in 0..<max(1, min(jobs, files.count)) {
            group.enter()
            let thread = Thread {
                defer { group.leave() }
                do {
                    var worker = try WorkerProcess(arguments: workerArguments)
                    while let index = counter.next(below: files.count) {
                        let (outcome, healthy) = ask(worker, index: index, file: files[index])
                        each(index, outcome)
                        if !healthy {
                            worker.kill()
                            worker = try WorkerProcess(arguments: workerArguments)
                        }
                    }
                    worker.finish()
                } catch {
                    failure.set("cannot start a worker process: \(error)")
                }
            }
            thread.start()
        }
        group.wait()
        if let message = failure.message { throw IsolationError(message: message) }
    }

    /// One file through one worker; `healthy` is false when the worker must be replaced.
    private func ask(_ worker: WorkerProcess, index: Int, file: String) -> (BatchRunner.Outcome, healthy: Bool) {
        func failed(_ reason: String, _ kind: String) -> (BatchRunner.Outcome, Bool) {
            (BatchRunner.Outcome(row: RankingRow(index: index, file: file, failure: reason, kind: kind)), false)
        }
        guard worker.send(WorkerMessage.request(index: index, reportName: reportNames[index], path: file)) else {
            return failed("the analyzer stopped before reading this file", "crashed")
        }
        switch worker.readLine(timeout: timeout) {
        case .timedOut:
            return failed(InputOptions.timedOut(after: timeout), "timed out")
        case let .ended(reason):
            return failed(reason + "; the file may be malformed, so open it and export it again", "crashed")
        case let .line(header):
            var check: String?
            if emitCheck, !header.contains("\"status\":\"failed\"") {
                guard case let .line(line) = worker.readLine(timeout: timeout) else {
                    return failed("the analyzer stopped while reporting on this file", "crashed")
                }
                check = line
            }
            guard let outcome = WorkerMessage.outcome(header: header, check: check, index: index, file: file) else {
                return failed("the analyzer answered with something unreadable", "crashed")
            }
            return (outcome, true)
        }
    }
}

struct IsolationError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// The first error a worker thread met starting its process.
final class StartFailure: @unchecked Sendable {
    private var first: String?
    private let lock = NSLock()

    func set(_ message: String) {
        lock.lock()
        if first == nil { first = message }
        lock.unlock()
    }

    var message: String? {
        lock.lock()
        defer { lock.unlock() }
        return first
    }
}
