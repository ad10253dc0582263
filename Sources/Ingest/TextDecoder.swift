import Foundation
import SkillgapCore

/// Decodes text files: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark or
/// recognisable without one, and Windows-1252 as a fallback with a warning. NUL bytes mean binary.
enum TextDecoder {
    struct Decoded {
        var text: String
        var warning: ExtractionWarning?

        /// The text to read within `limit`, and the warnings to give. Text past its reading limit is cut off,
        /// at the end of the line where it is passed (or right there, when the line runs on), so that a huge
        /// file is not split into lines and blocks that will never be analyzed.
        func forAnalysis(
            within limit: CharacterLimit
        ) -> (text: String, warnings: [ExtractionWarning]) {
            var warnings = warning.map { [$0] } ?? []
            let keep = limit.readingLimit
            // Characters never outnumber UTF-8 bytes: most files are cleared without counting.
            guard text.utf8.count > keep,
                let cut = text.index(text.startIndex, offsetBy: keep, limitedBy: text.endIndex),
                cut < text.endIndex
            else { return (text, warnings) }
            let lineEnd = text[cut...].prefix(10_000).firstIndex(of: "\n") ?? cut
            warnings.append(.charactersLimited(characters: limit.characters))
            return (String(text[..<lineEnd]), warnings)
        }
    }

    static func decode(_ data: Data) throws -> Decoded {
        guard !data.isEmpty else { throw ExtractionError.empty }
        let bytes = [UInt8](data.prefix(4))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(data: data.dropFirst(3), encoding: .utf8) else {
                throw ExtractionError.notText(.invalidAfterUTF8Mark)
            }
            return Decoded(text: text)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let text = String(data: data.dropFirst(2), encoding: encoding) else {
                throw ExtractionError.notText(.invalidAfterUTF16Mark)
            }
            return Decoded(text: text)
        }
        if let unmarked = utf16WithoutMark(data) { return unmarked }
        if data.contains(0) {
            throw ExtractionError.notText(.nulBytes)
        }
        if let text = String(data: data, encoding: .utf8) { return Decoded(text: text) }
        // Windows-1252 maps every byte but five; those five are read as Latin-1.
        let text = String(data.map { windows1252(byte: $0) })
        return Decoded(text: text, warning: .decodedAs(.windows1252))
    }

    /// UTF-16 without a byte-order mark: ASCII-heavy text has a NUL in every other byte.
    private static func utf16WithoutMark(_ data: Data) -> Decoded? {
        let sample = [UInt8](data.prefix(4096))
        guard sample.count >= 8, sample.count % 2 == 0 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let half = sample.count / 2
        let encoding: String.Encoding
        if oddZeros * 10 >= half * 7, evenZeros * 10 <= half {
            encoding = .utf16LittleEndian
        } else if evenZeros * 10 >= half * 7, oddZeros * 10 <= half {
            encoding = .utf16BigEndian
        } else {
            return nil
        }
        guard data.count % 2 == 0, let text = String(data: data, encoding: encoding) else {
            return nil
        }
        return Decoded(text: text, warning: .decodedAs(.utf16WithoutMark))
    }

    private static let windows1252High: [UInt16] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func windows1252(byte: UInt8) -> Character {
        let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte) - 0x80] : UInt16(byte)
        return Character(Unicode.Scalar(value) ?? "\u{FFFD}")
    }
}
