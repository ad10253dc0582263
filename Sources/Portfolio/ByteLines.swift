import Foundation

/// Byte-level scanning of a source file: a scan reads every byte of a project once, and Swift's `Character`
/// walk (grapheme breaking) would cost ten times what the work needs. Lines are split at `\n` with a trailing
/// `\r` dropped, so CRLF files read alike.
enum ByteLines {
    /// Calls `body` with each line's range (without its end-of-line bytes) and its 1-based number.
    static func forEach(
        _ bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, Int) -> Void
    ) {
        var start = 0
        var number = 0
        let count = bytes.count
        while start < count {
            var end = start
            if let base = bytes.baseAddress,
                let found = memchr(base + start, 10, count - start)
            {
                end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            } else {
                end = count
            }
            number += 1
            let lineEnd = end > start && bytes[end - 1] == 13 ? end - 1 : end
            body(start..<lineEnd, number)
            start = end + 1
        }
    }

    /// Whether `needle` occurs in `bytes[range]`.
    static func contains(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ needle: StaticString
    ) -> Bool {
        guard let base = bytes.baseAddress, range.count >= needle.utf8CodeUnitCount else {
            return false
        }
        return find(
            base + range.lowerBound, range.count, needle.utf8Start, needle.utf8CodeUnitCount)
    }

    /// Whether `needle` occurs anywhere in `bytes`.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: String) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var needle = needle
        return needle.withUTF8 { pattern in
            find(base, bytes.count, pattern.baseAddress!, pattern.count)
        }
    }

    /// Whether `needle` occurs in `haystack`: `memchr` to each candidate first byte, then `memcmp` (glibc's
    /// `memmem` is a GNU extension Swift does not import).
    private static func find(
        _ haystack: UnsafePointer<UInt8>, _ count: Int, _ needle: UnsafePointer<UInt8>,
        _ length: Int
    ) -> Bool {
        guard length > 0 else { return true }
        var offset = 0
        while count - offset >= length {
            guard let hit = memchr(haystack + offset, Int32(needle[0]), count - offset - length + 1)
            else {
                return false
            }
            let position = haystack.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(haystack + position, needle, length) == 0 { return true }
            offset = position + 1
        }
        return false
    }

    /// The index of the first byte that is not a space or a tab, or nil for a blank line.
    static func firstVisible(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte != 32 && byte != 9 && byte != 11 && byte != 12 { return index }
            index += 1
        }
        return nil
    }

    /// Whether the line from `start` begins with `prefix`.
    static func starts(
        _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, with prefix: StaticString
    ) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard end - start >= length, let base = bytes.baseAddress else { return false }
        return memcmp(base + start, prefix.utf8Start, length) == 0
    }
}
