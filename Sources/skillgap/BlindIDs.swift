import Foundation

/// The anonymous ids of a blind batch: `applicant-` and 12 hex digits of a hash of the file's content, so the
/// same file has the same id in every run and on every shard, and the id says nothing of the file's name.
enum BlindIDs {
    static func ids(for files: [String]) -> [String] {
        var used: [String: Int] = [:]
        return files.map { path in
            // A file that cannot be read is named by its path's hash; its row says why it failed.
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data(path.utf8)
            let base = "applicant-" + String(format: "%012llx", fnv1a(bytes) & 0xFFFF_FFFF_FFFF)
            let count = used[base, default: 0] + 1
            used[base] = count
            // Two copies of one file keep apart in the ranking.
            return count == 1 ? base : "\(base)-\(count)"
        }
    }

    /// FNV-1a, 64 bits: fast and stable; the ids need no secrecy beyond not being the file name.
    static func fnv1a(_ bytes: Data) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// Writes `id<TAB>file` lines (with a header) for the batch's owner to unblind the ranking later.
    static func writeKey(_ ids: [String], files: [String], to path: String) throws {
        let text = "# id\tfile\n" + zip(ids, files).map { "\($0)\t\($1)\n" }.joined()
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            Diagnostics.error(path, "cannot write the blind key (\(OutputFile.reason(error)))")
            throw ExitStatus.ioError
        }
    }
}
