import ArgumentParser

/// `--shard K/N`, or `--shard auto` to take the slice from the scheduler running the batch.
enum ShardOption: ExpressibleByArgument {
    case fixed(Shard)
    case auto

    init?(argument: String) {
        if argument == "auto" {
            self = .auto
        } else if let shard = Shard(argument: argument) {
            self = .fixed(shard)
        } else {
            return nil
        }
    }

    var isAuto: Bool {
        if case .auto = self { return true }
        return false
    }

    static var defaultCompletionKind: CompletionKind { .list(["auto"]) }
}
