import Foundation
import SkillgapCore
import ZIPFoundation

/// The entries of a ZIP archive held in memory, read from its central directory with every offset and size
/// checked against the bytes, and inflated through zlib (ZIPFoundation's `Data.decompress`) from a provider
/// that never reads outside an entry.
///
/// Why not ZIPFoundation's `Archive`: fuzzing found it trapping on a malformed in-memory archive and looping
/// without end on a deflate stream that runs past the end of the file (its decoder reads until the stream
/// ends, and an empty read never ends it). Here an entry's bytes run out and the entry is damaged, at once.
struct ZIPDirectory {
    /// One file in the archive, as its central directory describes it.
    struct Entry {
        let name: String
        let method: UInt16
        let checksum: UInt32
        let compressedSize: Int
        let uncompressedSize: Int
        let localHeader: Int
    }

    private let bytes: Data
    private var entries: [String: Entry] = [:]

    /// Reads the directory; an archive whose directory is missing, truncated or points outside the file is
    /// `ExtractionError.damaged`.
    init(_ bytes: Data) throws {
        // The readers below index from 0; a slice is copied so that they can, whole data is not.
        self.bytes = bytes.startIndex == 0 ? bytes : Data(bytes)
        guard let end = Self.endOfCentralDirectory(in: self.bytes) else {
            throw Self.damaged("it is not a readable ZIP archive")
        }
        guard let count = self.bytes.uint16(at: end + 10),
            let size = self.bytes.uint32(at: end + 12),
            let start = self.bytes.uint32(at: end + 16)
        else { throw Self.damaged("its directory is cut short") }
        // ZIP64 archives mark their real values with all ones; a resume is never 4 GB.
        guard count != 0xFFFF, size != 0xFFFF_FFFF, start != 0xFFFF_FFFF,
            Int(start) + Int(size) <= end
        else {
            throw Self.damaged("its directory points outside the file")
        }
        var offset = Int(start)
        for _ in 0..<count {
            guard self.bytes.uint32(at: offset) == 0x0201_4B50,
                let method = self.bytes.uint16(at: offset + 10),
                let checksum = self.bytes.uint32(at: offset + 16),
                let compressed = self.bytes.uint32(at: offset + 20),
                let uncompressed = self.bytes.uint32(at: offset + 24),
                let nameLength = self.bytes.uint16(at: offset + 28),
                let extraLength = self.bytes.uint16(at: offset + 30),
                let commentLength = self.bytes.uint16(at: offset + 32),
                let local = self.bytes.uint32(at: offset + 42),
                let nameBytes = self.bytes.slice(offset + 46, count: Int(nameLength))
            else {
                throw Self.damaged("its directory is cut short")
            }
            let name = String(decoding: nameBytes, as: UTF8.self)
            if entries[name] == nil {
                entries[name] = Entry(
                    name: name, method: method, checksum: checksum, compressedSize: Int(compressed),
                    uncompressedSize: Int(uncompressed), localHeader: Int(local))
            }
            offset += 46 + Int(nameLength) + Int(extraLength) + Int(commentLength)
        }
    }

    subscript(name: String) -> Entry? { entries[name] }

    /// The entry's bytes, inflated; `consumer` sees each piece as it comes (to stop a zip bomb early). Only
    /// entries that are read are checked, so a damaged part that is never read does not spoil the archive.
    func contents(of entry: Entry, consumer: (Data) throws -> Void) throws {
        // The local header repeats the name and has its own extra field; the data follows it.
        guard bytes.uint32(at: entry.localHeader) == 0x0403_4B50,
            let nameLength = bytes.uint16(at: entry.localHeader + 26),
            let extraLength = bytes.uint16(at: entry.localHeader + 28)
        else {
            throw Self.damaged("the entry \(entry.name) points outside the file")
        }
        let start = entry.localHeader + 30 + Int(nameLength) + Int(extraLength)
        guard start + entry.compressedSize <= bytes.count else {
            throw Self.damaged("the entry \(entry.name) runs past the end of the file")
        }
        let data = start..<start + entry.compressedSize
        switch entry.method {
        case 0:
            let stored = bytes[data]
            guard stored.crc32(checksum: 0) == entry.checksum else {
                throw Self.damaged("\(entry.name) fails its checksum")
            }
            try consumer(Data(stored))
        case 8:
            let chunkSize = 64 * 1024
            let checksum: UInt32
            do {
                checksum = try Data.decompress(
                    size: Int64(data.count), bufferSize: chunkSize, skipCRC32: false,
                    provider: { position, size in
                        try self.chunk(of: entry, in: data, at: Int(position), size: size)
                    },
                    consumer: consumer)
            } catch let error as ExtractionError {
                throw error
            } catch {
                throw Self.damaged("\(entry.name) cannot be decompressed")
            }
            guard checksum == entry.checksum else {
                throw Self.damaged("\(entry.name) fails its checksum")
            }
        default:
            throw Self.damaged(
                "\(entry.name) uses compression method \(entry.method), which Word never writes")
        }
    }

    /// `size` bytes of the entry from `position`, padded with zeros past its end: the decoder tells zlib a whole
    /// chunk is there whatever it is handed. Asking from past the end means the stream never ended: damaged.
    private func chunk(
        of entry: Entry, in data: Range<Int>, at position: Int, size: Int
    ) throws -> Data {
        guard position < data.count else { throw Self.damaged("\(entry.name) is cut short") }
        let start = data.lowerBound + position
        var chunk = Data(bytes[start..<min(start + size, data.upperBound)])
        if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
        return chunk
    }

    /// The offset of the end-of-central-directory record, searched from the end past a comment of up to 64 KB.
    private static func endOfCentralDirectory(in bytes: Data) -> Int? {
        guard bytes.count >= 22 else { return nil }
        var offset = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while offset >= lowest {
            if bytes.uint32(at: offset) == 0x0605_4B50 { return offset }
            offset -= 1
        }
        return nil
    }

    private static func damaged(_ reason: String) -> ExtractionError {
        .damaged(format: .docx, reason: reason)
    }
}

extension Data {
    /// The little-endian value at `offset`, or nil past the end (the data's indices start at 0).
    fileprivate func uint16(at offset: Int) -> UInt16? {
        guard offset >= 0, offset + 2 <= count else { return nil }
        return UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    fileprivate func uint32(at offset: Int) -> UInt32? {
        guard offset >= 0, offset + 4 <= count else { return nil }
        return UInt32(self[offset]) | UInt32(self[offset + 1]) << 8 | UInt32(self[offset + 2]) << 16
            | UInt32(self[offset + 3]) << 24
    }

    fileprivate func slice(_ offset: Int, count length: Int) -> Data? {
        guard offset >= 0, length >= 0, offset + length <= count else { return nil }
        return self[offset..<offset + length]
    }
}
