import Analysis
import ArgumentParser
import Foundation
import Ingest
import Reports
import SkillgapCore

/// What a batch reads before it starts: the role (or the posting), the slice of the input, the store's target.
extension Batch {
    /// The ranking's title and the role id the workers load. The rules, and the posting with `--job`, are read
    /// here once before any worker starts, so a broken pack (78) or an unreadable posting (65, 66) stops the
    /// batch at once.
    func chooseRole() throws -> (title: String, roleID: String?) {
        guard let job else {
            let (_, role) = try roleOptions.load()
            return (role.title, role.id)
        }
        let pack = try roleOptions.rules.loadPack()
        if roleOptions.role != nil { _ = try roleOptions.load() }
        let posting = try input.readPosting(
            job, with: PostingSource(pack: pack, ingestor: Ingestor(limits: input.limits)))
        if posting.warnings.contains(.looksLikeResume) {
            Diagnostics.error(
                job, PostingWarning.looksLikeResume.sentence + "; --job takes a job posting")
            throw ExitStatus.dataError
        }
        for warning in posting.warnings {
            Diagnostics.write(
                "skillgap: \(UntrustedText.terminal(job)): warning: \(warning.sentence)\n")
        }
        return (posting.title ?? "Job posting", roleOptions.role)
    }

    /// The slice of the input this batch scores: `--shard K/N`, or the scheduler's with `--shard auto`.
    func chosenShard() throws -> Shard? {
        switch shard {
        case nil: return nil
        case .fixed(let shard): return shard
        case .auto:
            do {
                let found = try SchedulerShard.resolve(
                    ProcessInfo.processInfo.environment, count: shardCount)
                if !quiet { Diagnostics.write("skillgap: --shard auto: \(found.source)\n") }
                return found.shard
            } catch {
                Diagnostics.error("--shard auto", error.description)
                throw ExitStatus.usage
            }
        }
    }

    /// What the store files results under: the role, or the posting (and the role whose advice it borrows).
    func storeTarget(_ roleID: String?) -> String {
        guard let job else { return "role:" + (roleID ?? "") }
        return "job:" + BatchStore.key(job) + (roleOptions.role.map { " role:" + $0 } ?? "")
    }
}
