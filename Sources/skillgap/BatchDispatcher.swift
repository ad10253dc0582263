/// Runs a batch's files on `jobs` parallel workers and hands on each answer as soon as it is ready, in any
/// order. `InProcessDispatcher` uses threads; `WorkerPool` uses `skillgap worker` processes.
protocol BatchDispatcher {
    func run(
        _ requests: [WorkerRequest], jobs: Int, each: @escaping @Sendable (WorkerAnswer) -> Void)
        throws
}
