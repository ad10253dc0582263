import Foundation
import SkillgapCore

/// Reads Markdown: ATX and setext headings with their level, list items, paragraphs (consecutive lines
/// form one), block quotes and definition lists; inline markup is removed and link targets are kept.
struct MarkdownExtractor: Extractor {
    /// How much text is read and analyzed.
    var characterLimit = CharacterLimit(characters: Int.max)

    func extract(_ data: Data) throws -> Document {
        let (text, warnings) = try TextDecoder.decode(data).forAnalysis(within: characterLimit)
        var targets: [String] = []
        var blocks: [Block] = []
        var inFence = false
        var previousBlank = true
        let lines = text.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })

        func add(_ kind: BlockKind, _ raw: Substring, line: Int, level: Int? = nil) {
            let text = TextNormalizer.normalize(Self.plainText(raw, targets: &targets))
            guard !text.isEmpty else { return }
            // A paragraph set wholly in bold ("**What you'll bring**") is styled like a heading; Markdown has no
            // sizes, so the hint's size is 0.
            let font =
                kind == .paragraph && Self.isWhollyBold(raw) ? FontHint(size: 0, bold: true) : nil
            blocks.append(
                Block(kind: kind, text: text, line: line, font: font, headingLevel: level))
        }

        for (index, rawLine) in lines.enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                previousBlank = true
                continue
            }
            if inFence {
                add(.paragraph, line, line: index + 1)
                continue
            }
            if trimmed.isEmpty {
                previousBlank = true
                continue
            }
            defer { previousBlank = false }
            // Setext: "===" or "---" right under a paragraph line makes it a heading.
            if ListMarker.isRule(line), let first = trimmed.first, first == "=" || first == "-" {
                if !previousBlank, let last = blocks.last, last.kind == .paragraph,
                    !last.text.isEmpty
                {
                    blocks[blocks.count - 1].kind = .heading
                    blocks[blocks.count - 1].headingLevel = first == "=" ? 1 : 2
                }
                previousBlank = true
                continue
            }
            if ListMarker.isRule(line) {
                previousBlank = true
                continue
            }
            if trimmed.hasPrefix("#") {
                let level = trimmed.prefix(while: { $0 == "#" }).count
                let rest = trimmed.dropFirst(level)
                if level <= 6, rest.isEmpty || rest.first == " " {
                    let title = rest.trimmingCharacters(in: .whitespaces)
                        .trimmingCharacters(in: CharacterSet(charactersIn: "#")).trimmingCharacters(
                            in: .whitespaces)
                    add(.heading, Substring(title), line: index + 1, level: level)
                    previousBlank = true
                    continue
                }
            }
            var content = trimmed
            while content.first == ">" { content = content.dropFirst().drop(while: { $0 == " " }) }
            if content.hasPrefix(":") { content = content.dropFirst().drop(while: { $0 == " " }) }
            if let item = ListMarker.stripped(content) {
                add(.listItem, item, line: index + 1)
                continue
            }
            // A line after a paragraph or an item's line, with no blank between, continues it.
            if !previousBlank, let last = blocks.last, last.kind != .heading {
                let text = TextNormalizer.normalize(Self.plainText(content, targets: &targets))
                if !text.isEmpty { blocks[blocks.count - 1].text += " " + text }
                continue
            }
            add(.paragraph, content, line: index + 1)
        }
        guard !blocks.isEmpty else { throw ExtractionError.empty }
        return Document(format: .markdown, blocks: blocks, linkTargets: targets, warnings: warnings)
    }

    /// "**Requirements**", "__Bonus points:__", "**Who you are:**": one bold span that holds the whole line.
    static func isWhollyBold(_ raw: Substring) -> Bool {
        var text = raw.trimmingCharacters(in: .whitespaces)
        while let last = text.last, ":?：".contains(last) { text.removeLast() }
        for marker in ["**", "__"]
        where text.hasPrefix(marker) && text.hasSuffix(marker) && text.count > 4 {
            let inner = text.dropFirst(2).dropLast(2)
            return !inner.contains(marker) && !inner.trimmingCharacters(in: .whitespaces).isEmpty
        }
        return false
    }

    /// Inline Markdown to plain text: links keep their text (targets are collected), images and HTML tags
    /// are dropped, emphasis and code marks removed, backslash escapes resolved.
    static func plainText(_ line: Substring, targets: inout [String]) -> String {
        var output = ""
        var lookahead = Lookahead(line: line)
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            let next = line.index(after: index)
            switch character {
            case "\\" where next < line.endIndex:
                output.append(line[next])
                index = line.index(after: next)
                continue
            case "!" where next < line.endIndex && line[next] == "[":
                // An image shows no text of the resume: its alt text and its target are left out.
                if let (_, _, end) = link(in: line, at: next, lookahead: &lookahead) {
                    index = end
                    continue
                }
            case "[":
                if let (text, target, end) = link(in: line, at: index, lookahead: &lookahead) {
                    targets.append(target)
                    output += plainText(text, targets: &targets)
                    index = end
                    continue
                }
            case "<":
                if let close = lookahead.next(">", from: index) {
                    let inner = line[next..<close]
                    if inner.hasPrefix("http://") || inner.hasPrefix("https://")
                        || inner.hasPrefix("mailto:")
                    {
                        targets.append(String(inner))
                        output +=
                            inner.hasPrefix("mailto:") ? String(inner.dropFirst(7)) : String(inner)
                    } else if !inner.hasPrefix("/"), inner.first?.isLetter != true,
                        inner.first != "!"
                    {
                        output.append("<")
                        index = next
                        continue
                    }
                    index = line.index(after: close)
                    continue
                }
            case "*", "`":
                index = next
                continue
            case "_" where next < line.endIndex && line[next] == "_":
                index = line.index(after: next)
                continue
            default:
                break
            }
            output.append(character)
            index = next
        }
        return output
    }

    /// `[text](target)` starting at `start`: the text, the target and the index after the closing parenthesis.
    private static func link(
        in line: Substring, at start: Substring.Index,
        lookahead: inout Lookahead
    ) -> (Substring, String, Substring.Index)? {
        guard let closeBracket = lookahead.next("]", from: start) else { return nil }
        let open = line.index(after: closeBracket)
        guard open < line.endIndex, line[open] == "(",
            let closeParen = lookahead.next(")", from: open)
        else {
            return nil
        }
        let text = line[line.index(after: start)..<closeBracket]
        let target =
            line[line.index(after: open)..<closeParen].split(separator: " ").first.map(String.init)
            ?? ""
        return (text, target, line.index(after: closeParen))
    }

    /// The next `]`, `)` or `>` at or after a position, remembering the last search so that each stretch of a
    /// line is scanned once: a line of 150,000 `[` took over a minute when every bracket searched the rest of
    /// the line for its `]`.
    struct Lookahead {
        let line: Substring
        private var last: [Character: (from: Substring.Index, found: Substring.Index?)] = [:]

        init(line: Substring) { self.line = line }

        mutating func next(_ character: Character, from start: Substring.Index) -> Substring.Index?
        {
            // The last search started no later and found nothing before `start`: its answer holds.
            if let previous = last[character], previous.from <= start,
                previous.found.map({ $0 >= start }) ?? true
            {
                return previous.found
            }
            let found = line[start...].firstIndex(of: character)
            last[character] = (start, found)
            return found
        }
    }
}
