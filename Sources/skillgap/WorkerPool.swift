import Foundation
import SkillgapCore

/// Runs a batch in a persistent pool of `skillgap worker` processes, one per job. A worker that crashes or
/// runs past the time limit on a file is replaced, and that file is reported as failed with the reason; the
/// batch goes on.
struct WorkerPool: BatchDispatcher {
    let configuration: WorkerConfiguration
    let timeout: Double

    func run(
        _ requests: [WorkerRequest], jobs: Int, each: @escaping @Sendable (WorkerAnswer) -> Void
    ) throws {
        signal(SIGPIPE, SIG_IGN)  // a worker that died must not take the batch with it
        let configurationLine = String(
            decoding: try JSONEncoder().encode(configuration), as: UTF8.self)
        let counter = IndexCounter()
        let group = DispatchGroup()
        let failure = StartFailure()
        for _ in 0..<max(1, min(jobs, requests.count)) {
            group.enter()
            let thread = Thread {
                defer { group.leave() }
                do {
                    var worker = try WorkerProcess(configurationLine: configurationLine)
                    while let index = counter.next(below: requests.count) {
                        let (answer, healthy) = ask(worker, requests[index])
                        each(answer)
                        if !healthy {
                            worker.kill()
                            worker = try WorkerProcess(configurationLine: configurationLine)
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
        if let message = failure.message { throw WorkerStartError(message: message) }
    }

    /// One file through one worker; `healthy` is false when the worker must be replaced.
    private func ask(
        _ worker: WorkerProcess, _ request: WorkerRequest
    ) -> (WorkerAnswer, healthy: Bool) {
        func failed(_ failure: AnalysisFailure) -> (WorkerAnswer, Bool) {
            (WorkerAnswer(index: request.index, file: request.shownName, failure: failure), false)
        }
        guard let line = try? JSONEncoder().encode(request),
            worker.send(String(decoding: line, as: UTF8.self))
        else {
            return failed(.stoppedBeforeReading)
        }
        switch worker.readLine(timeout: timeout) {
        case .timedOut:
            return failed(.timedOut(seconds: timeout))
        case .ended(let failure):
            return failed(failure)
        case .line(let text):
            guard var answer = try? JSONDecoder().decode(WorkerAnswer.self, from: Data(text.utf8)),
                answer.row.index == request.index
            else {
                return failed(.unreadableAnswer)
            }
            // The worker names the file as it was asked; the batch keeps its own spelling of the path.
            answer.row.file = request.shownName
            return (answer, true)
        }
    }
}
