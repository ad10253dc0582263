import CPoppler
import Foundation

/// SHA-256 digests, from glib (which poppler-glib already brings): a file's content hash in the results store,
/// and the version of a rule pack.
public enum ContentDigest {
    /// The SHA-256 of `data`, in lowercase hex.
    public static func sha256(_ data: Data) -> String {
        let checksum = g_checksum_new(G_CHECKSUM_SHA256)
        defer { g_checksum_free(checksum) }
        update(checksum, with: data)
        return String(cString: g_checksum_get_string(checksum))
    }

    /// The SHA-256 of a file's bytes, read in pieces so a large file is never held whole; nil when it cannot
    /// be read.
    public static func sha256(file path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let checksum = g_checksum_new(G_CHECKSUM_SHA256)
        defer { g_checksum_free(checksum) }
        while true {
            // Foundation answers nil, or an empty piece, at the end of the file.
            let piece: Data?
            do { piece = try handle.read(upToCount: 1 << 20) } catch { return nil }
            guard let piece, !piece.isEmpty else { break }
            update(checksum, with: piece)
        }
        return String(cString: g_checksum_get_string(checksum))
    }

    private static func update(_ checksum: OpaquePointer?, with data: Data) {
        data.withUnsafeBytes { bytes in
            if let base = bytes.bindMemory(to: guchar.self).baseAddress {
                g_checksum_update(checksum, base, gssize(bytes.count))
            }
        }
    }
}
