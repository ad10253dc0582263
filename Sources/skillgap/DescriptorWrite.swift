import Foundation

/// Writes a string's UTF-8 to a file descriptor with write(2), resuming after an interruption. No Data is made
/// from the string: making one asks the Swift runtime whether the bytes are contiguous, which the first time is a
/// search of every protocol conformance in the binary.
enum DescriptorWrite {
    /// Writes all of `text` to `descriptor`; the `errno` of a write that failed, or nil when all was written.
    static func write(_ text: String, to descriptor: Int32) -> Int32? {
        var text = text
        return text.withUTF8 { bytes -> Int32? in
            var written = 0
            while written < bytes.count {
                let count = Foundation.write(
                    descriptor, bytes.baseAddress! + written, bytes.count - written)
                if count >= 0 {
                    written += count
                } else if errno != EINTR {
                    return errno
                }
            }
            return nil
        }
    }
}
