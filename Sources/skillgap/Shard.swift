/// One of N deterministic slices of the sorted input: `--shard K/N`, or `--shard auto` (see `SchedulerShard`).
struct Shard: Equatable {
    /// 1-based, as `--shard K/N` writes it.
    let index: Int
    let count: Int

    init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    init?(argument: String) {
        let parts = argument.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            return nil
        }
        self.init(index: index, count: count)
    }

    /// Every N-th file starting at K, so the shards of one sorted list never overlap and cover it all.
    func slice<T>(_ items: [T]) -> [T] {
        items.enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
    }
}
