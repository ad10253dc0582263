import CPoppler
import SkillgapCore

/// Reads one poppler page into visible text segments, setting aside hidden text.
///
/// poppler gives the page text, one rectangle per character and font runs (name, size, colour). A character is
/// hidden when it is white on a light background, under 4 pt, or off the page: invisible keyword stuffing.
struct PDFPageReader {
    /// Font sizes below this are unreadable in print and count as hidden.
    static let minimumVisibleSize = 4.0

    struct Result {
        var segments: [PDFSegment] = []
        var links: [String] = []
    }

    private struct Style {
        var size = 10.0
        var bold = false
        var white = false
        var icon = false
    }

    func read(page: OpaquePointer, hiddenText: inout HiddenText) -> Result {
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(page, &width, &height)

        guard let textPointer = poppler_page_get_text(page) else { return Result() }
        defer { g_free(textPointer) }
        let scalars = Array(String(cString: textPointer).unicodeScalars)

        var rectangles: UnsafeMutablePointer<PopplerRectangle>? = nil
        var rectangleCount: guint = 0
        guard poppler_page_get_text_layout(page, &rectangles, &rectangleCount) != 0, let rectangles
        else {
            return Result()
        }
        defer { g_free(rectangles) }
        let count = min(scalars.count, Int(rectangleCount))

        let styles = Self.styles(of: page, count: count)

        var hiddenReason = [HiddenTextReason?](repeating: nil, count: count)
        var anyWhite = false
        for index in 0..<count where !Self.isSpace(scalars[index]) {
            let rect = rectangles[index]
            let centerX = (rect.x1 + rect.x2) / 2
            let centerY = (rect.y1 + rect.y2) / 2
            if centerX < 0 || centerY < 0 || centerX > width || centerY > height {
                hiddenReason[index] = .offPage
            } else if styles[index].size < Self.minimumVisibleSize {
                hiddenReason[index] = .tinyText(belowPoints: Int(Self.minimumVisibleSize))
            } else if styles[index].white {
                hiddenReason[index] = .whiteText
                anyWhite = true
            }
        }
        if anyWhite {
            PDFBackgroundProbe(page: page, width: width, height: height).revealTextOnDarkBackground(
                rectangles: rectangles, reasons: &hiddenReason)
        }

        var result = Result()
        var segment = PDFSegment()
        var hiddenRun = ""
        var hiddenRunReason = HiddenTextReason.whiteText
        func finishSegment() {
            guard !segment.isEmpty else { return }
            let rejoined = segment.textWithLetterSpacingRejoined
            // Rejoined letters move every offset: such a line (a spaced-out name) is never cut at a gutter.
            if rejoined != segment.text { segment.wideGaps = [] }
            segment.text = rejoined
            result.segments.append(segment)
            segment = PDFSegment()
        }
        func finishHiddenRun() {
            if !hiddenRun.isEmpty {
                hiddenText.add(TextNormalizer.normalize(hiddenRun), reason: hiddenRunReason)
            }
            hiddenRun = ""
        }
        for index in 0..<count {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                finishSegment()
                finishHiddenRun()
                continue
            }
            if Self.isSpace(scalar) {
                segment.appendSpace()
                if !hiddenRun.isEmpty { hiddenRun.append(" ") }
                continue
            }
            if let reason = hiddenReason[index] {
                if reason != hiddenRunReason { finishHiddenRun() }
                hiddenRunReason = reason
                hiddenRun.unicodeScalars.append(scalar)
                segment.appendSpace()
                continue
            }
            finishHiddenRun()
            let style = styles[index]
            // Icon fonts map their glyphs to ordinary letters ("I" for a phone); they carry no text.
            if style.icon || TextNormalizer.isInvisible(scalar) {
                segment.appendSpace()
                continue
            }
            let rect = rectangles[index]
            // A wide gap on one line separates columns, or a right-aligned date from its title.
            let gap = rect.x1 - segment.lastX2
            if !segment.isEmpty, gap > max(style.size * 1.5, 8) || rect.x2 < segment.x0 {
                finishSegment()
            } else if !segment.isEmpty, gap > style.size * 0.3 {
                // Some PDFs position words without a space character between them.
                segment.appendSpace()
            }
            segment.append(
                scalar, x0: rect.x1, y0: rect.y1, x1: rect.x2, y1: rect.y2, size: style.size,
                bold: style.bold)
        }
        finishSegment()
        finishHiddenRun()
        result.links = Self.linkTargets(of: page)
        return result
    }

    /// One style per character, from poppler's font runs.
    private static func styles(of page: OpaquePointer, count: Int) -> [Style] {
        var styles = [Style](repeating: Style(), count: count)
        guard let list = poppler_page_get_text_attributes(page) else { return styles }
        defer { sg_free_text_attributes(list) }
        // A page has a handful of fonts but hundreds of runs, and a batch's files share their fonts: each font
        // name is classified once per process (`FontFaces`).
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let raw = current.pointee.data {
                let attributes = raw.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                let name = attributes.font_name.map { String(cString: $0) } ?? ""
                let face = FontFaces.shared.face(name)
                let color = attributes.color
                let style = Style(
                    size: attributes.font_size, bold: face.bold,
                    white: color.red > 0xF400 && color.green > 0xF400 && color.blue > 0xF400,
                    icon: face.icon)
                let start = max(0, Int(attributes.start_index))
                let end = min(count - 1, Int(attributes.end_index))
                if start <= end {
                    for index in start...end { styles[index] = style }
                }
            }
            node = current.pointee.next
        }
        return styles
    }

    /// Whitespace, with the common ASCII cases answered without a Unicode property lookup.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r"
        }
        return scalar.properties.isWhitespace
    }

    /// Bold, black, heavy and semibold faces, including TeX's bold extended (`CMBX10`, `SFBX1200`).
    static func isBoldFont(_ name: String) -> Bool {
        let face = (name.split(separator: "+").last.map(String.init) ?? name).lowercased()
        for marker in ["bold", "black", "heavy", "semibold", "demi"] where contains(face, marker) {
            return true
        }
        if face.hasPrefix("cmbx") || face.hasPrefix("sfbx") || face.hasPrefix("lmroman10-bold") {
            return true
        }
        return face.hasSuffix("-bd") || face.hasSuffix(",bold") || face.hasSuffix("-b")
    }

    /// FontAwesome and other icon fonts, whose glyphs are pictures of phones and logos.
    static func isIconFont(_ name: String) -> Bool {
        let face = name.lowercased()
        return [
            "awesome", "icon", "fontello", "icomoon", "dingbat", "wingding", "webding", "marvosym",
            "devicon",
        ]
        .contains { contains(face, $0) }
    }

    /// Whether `name` holds `marker`, byte by byte: a font name is ASCII, and Foundation's `contains` would
    /// bridge both to NSString for every font of every page.
    private static func contains(_ name: String, _ marker: String) -> Bool {
        let haystack = Array(name.utf8)
        let needle = Array(marker.utf8)
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        return (0...(haystack.count - needle.count)).contains { start in
            haystack[start..<(start + needle.count)].elementsEqual(needle)
        }
    }

    /// URIs of the page's link annotations: an icon that links to GitHub is a GitHub link.
    private static func linkTargets(of page: OpaquePointer) -> [String] {
        guard let list = poppler_page_get_link_mapping(page) else { return [] }
        defer { poppler_page_free_link_mapping(list) }
        var targets: [String] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let raw = current.pointee.data {
                let mapping = raw.assumingMemoryBound(to: PopplerLinkMapping.self).pointee
                if let action = mapping.action, action.pointee.type == POPPLER_ACTION_URI,
                    let uri = action.pointee.uri.uri
                {
                    targets.append(String(cString: uri))
                }
            }
            node = current.pointee.next
        }
        return targets
    }
}
