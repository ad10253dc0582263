/// `--shard auto`: the slice a batch takes from the environment of the scheduler that runs it, so a job array
/// needs no shard arithmetic in its script.
///
/// | scheduler | index | count |
/// |---|---|---|
/// | Kubernetes Indexed Job | `JOB_COMPLETION_INDEX` (from 0) | `SKILLGAP_SHARD_COUNT` (the Job's `completions`) |
/// | Slurm job array | `SLURM_ARRAY_TASK_ID` − `SLURM_ARRAY_TASK_MIN`, over `SLURM_ARRAY_TASK_STEP` | `SLURM_ARRAY_TASK_COUNT` |
/// | AWS Batch array job | `AWS_BATCH_JOB_ARRAY_INDEX` (from 0) | `SKILLGAP_SHARD_COUNT` (the array size) |
/// | GNU parallel | `PARALLEL_SEQ` (from 1) | `SKILLGAP_SHARD_COUNT` (the number of jobs given) |
///
/// `--shard-count N` stands for `SKILLGAP_SHARD_COUNT`. When the environment has two schedulers' variables (GNU
/// parallel inside a Slurm task), or none, it is an error that says to pass `--shard K/N`.
struct SchedulerShard: Equatable {
    let shard: Shard
    /// The scheduler and the variables the slice came from, for the log line ("Slurm job array:
    /// SLURM_ARRAY_TASK_ID=12...").
    let source: String

    /// An environment that does not give a whole slice: the sentence says what is missing or wrong.
    struct Failure: Error, Equatable, CustomStringConvertible {
        let description: String
    }

    static let countVariable = "SKILLGAP_SHARD_COUNT"

    /// The slice for `environment`, with `count` (from `--shard-count`) before `SKILLGAP_SHARD_COUNT`.
    static func resolve(
        _ environment: [String: String], count flag: Int? = nil
    ) throws(Failure)
        -> SchedulerShard
    {
        let given = try givenCount(environment, flag: flag)
        var found: [SchedulerShard] = []
        if let index = environment["JOB_COMPLETION_INDEX"] {
            found.append(
                try fromZeroBased(
                    index, variable: "JOB_COMPLETION_INDEX", count: given,
                    scheduler: "Kubernetes Indexed Job", countHint: "the Job's completions"))
        }
        if environment["SLURM_ARRAY_TASK_ID"] != nil {
            found.append(try slurm(environment, given: given))
        }
        if let index = environment["AWS_BATCH_JOB_ARRAY_INDEX"] {
            found.append(
                try fromZeroBased(
                    index, variable: "AWS_BATCH_JOB_ARRAY_INDEX", count: given,
                    scheduler: "AWS Batch array job", countHint: "the array size"))
        }
        if let sequence = environment["PARALLEL_SEQ"] {
            guard let number = Int(sequence), number >= 1 else {
                throw Failure(description: "PARALLEL_SEQ=\(sequence) is not a job number (1, 2...)")
            }
            found.append(
                try make(
                    index: number, count: given, scheduler: "GNU parallel",
                    variables: "PARALLEL_SEQ=\(sequence)", countHint: "the number of jobs"))
        }
        guard found.count <= 1 else {
            throw Failure(
                description:
                    "--shard auto found more than one scheduler (\(found.map(\.source).joined(separator: "; "))); pass --shard K/N"
            )
        }
        guard let only = found.first else {
            throw Failure(
                description:
                    "--shard auto found no scheduler: none of JOB_COMPLETION_INDEX (Kubernetes), SLURM_ARRAY_TASK_ID (Slurm), AWS_BATCH_JOB_ARRAY_INDEX (AWS Batch) or PARALLEL_SEQ (GNU parallel) is set; pass --shard K/N"
            )
        }
        return only
    }

    private static func givenCount(
        _ environment: [String: String], flag: Int?
    ) throws(Failure)
        -> (value: Int, from: String)?
    {
        if let flag {
            guard flag >= 1 else { throw Failure(description: "--shard-count must be at least 1") }
            return (flag, "--shard-count \(flag)")
        }
        guard let text = environment[countVariable] else { return nil }
        guard let value = Int(text), value >= 1 else {
            throw Failure(
                description: "\(countVariable)=\(text) is not a number of shards (1 or more)")
        }
        return (value, "\(countVariable)=\(text)")
    }

    private static func fromZeroBased(
        _ text: String, variable: String, count: (value: Int, from: String)?, scheduler: String,
        countHint: String
    ) throws(Failure) -> SchedulerShard {
        guard let index = Int(text), index >= 0 else {
            throw Failure(description: "\(variable)=\(text) is not an index (0, 1, 2...)")
        }
        return try make(
            index: index + 1, count: count, scheduler: scheduler, variables: "\(variable)=\(text)",
            countHint: countHint)
    }

    private static func slurm(
        _ environment: [String: String], given: (value: Int, from: String)?
    )
        throws(Failure) -> SchedulerShard
    {
        let names = ["SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_MIN", "SLURM_ARRAY_TASK_COUNT"]
        var values: [Int] = []
        for name in names {
            guard let text = environment[name], let value = Int(text) else {
                throw Failure(
                    description:
                        "a Slurm job array sets \(names.joined(separator: ", ")); \(name) is \(environment[name].map { "'\($0)'" } ?? "missing")"
                )
            }
            values.append(value)
        }
        let step = environment["SLURM_ARRAY_TASK_STEP"].flatMap(Int.init) ?? 1
        let (id, minimum, count) = (values[0], values[1], values[2])
        let offset = id - minimum
        guard step >= 1, offset >= 0, offset % step == 0 else {
            throw Failure(
                description:
                    "SLURM_ARRAY_TASK_ID=\(id) is not on the array's steps from SLURM_ARRAY_TASK_MIN=\(minimum); use a range such as --array=0-7 or pass --shard K/N"
            )
        }
        if let given, given.value != count {
            throw Failure(
                description:
                    "\(given.from) disagrees with SLURM_ARRAY_TASK_COUNT=\(count); leave the count to Slurm"
            )
        }
        return try make(
            index: offset / step + 1, count: (count, "SLURM_ARRAY_TASK_COUNT=\(count)"),
            scheduler: "Slurm job array",
            variables: "SLURM_ARRAY_TASK_ID=\(id), SLURM_ARRAY_TASK_MIN=\(minimum)",
            countHint: "the array's size")
    }

    private static func make(
        index: Int, count: (value: Int, from: String)?, scheduler: String, variables: String,
        countHint: String
    ) throws(Failure) -> SchedulerShard {
        guard let count else {
            throw Failure(
                description:
                    "\(scheduler) (\(variables)) does not tell how many shards there are: set \(countVariable) (\(countHint)) or pass --shard-count N"
            )
        }
        guard let shard = Shard(index: index, count: count.value) else {
            throw Failure(
                description:
                    "\(scheduler): shard \(index) of \(count.value) does not exist (\(variables), \(count.from)); check the count"
            )
        }
        let countSource = variables.contains(count.from) ? "" : ", \(count.from)"
        return SchedulerShard(
            shard: shard, source: "\(scheduler): \(variables)\(countSource)")
    }
}
