/// A worker process could not be started: the batch cannot go on.
struct WorkerStartError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
