import Foundation

/// Runs a batch's `FileJob`s on threads of this process: a little faster than worker processes, but a crash in
/// a C library on one file would stop the batch (`batch --in-process`).
struct InProcessDispatcher: BatchDispatcher {
    let job: FileJob

    func run(
        _ requests: [WorkerRequest], jobs: Int, each: @escaping @Sendable (WorkerAnswer) -> Void
    ) throws {
        _ = LibraryWarmUp.once
        let counter = IndexCounter()
        let group = DispatchGroup()
        for _ in 0..<max(1, min(jobs, requests.count)) {
            group.enter()
            let thread = Thread {
                while let index = counter.next(below: requests.count) {
                    each(job.run(requests[index]))
                }
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
    }
}
