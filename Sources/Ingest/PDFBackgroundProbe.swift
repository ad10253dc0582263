import CPoppler
import SkillgapCore

/// Renders a page small to tell white text on a white page (hidden) from white text on a coloured band
/// (a visible sidebar or header). Only pages with white text pay for it.
struct PDFBackgroundProbe {
    let page: OpaquePointer
    let width: Double
    let height: Double
    /// The render's longest side in pixels: half size for a normal page, smaller for a huge one, so a page
    /// declared 60,000 points wide cannot make a render of gigabytes.
    private static let maximumSide = 1500.0

    /// Clears the white-text reason of every character whose surroundings render dark.
    func revealTextOnDarkBackground(
        rectangles: UnsafeMutablePointer<PopplerRectangle>,
        reasons: inout [HiddenTextReason?]
    ) {
        guard width.isFinite, height.isFinite, width >= 1, height >= 1 else { return }
        let scale = min(0.5, Self.maximumSide / width, Self.maximumSide / height)
        let pixelWidth = Int32((width * scale).rounded(.up))
        let pixelHeight = Int32((height * scale).rounded(.up))
        // The pixels around each white character, the only ones read.
        var boxes: [(index: Int, x: ClosedRange<Int>, y: ClosedRange<Int>)] = []
        for index in reasons.indices where reasons[index] == .whiteText {
            let rect = rectangles[index]
            let x0 = max(0, Self.pixel(rect.x1 * scale, rounded: .down) - 1)
            let x1 = min(Int(pixelWidth) - 1, Self.pixel(rect.x2 * scale, rounded: .up) + 1)
            let y0 = max(0, Self.pixel(rect.y1 * scale, rounded: .down) - 1)
            let y1 = min(Int(pixelHeight) - 1, Self.pixel(rect.y2 * scale, rounded: .up) + 1)
            guard x0 <= x1, y0 <= y1 else { continue }
            boxes.append((index, x0...x1, y0...y1))
        }
        guard !boxes.isEmpty,
            let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, pixelWidth, pixelHeight)
        else { return }
        defer { cairo_surface_destroy(surface) }
        guard let context = cairo_create(surface) else { return }
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        // Drawn only inside those pixels (whole pixels, so what is drawn there is what a full render draws):
        // cairo then skips drawing the rest of the page, whose glyphs were a third of the render of a one-page
        // resume with a white-text sidebar (poppler still reads the whole page).
        for box in boxes {
            cairo_rectangle(
                context, Double(box.x.lowerBound), Double(box.y.lowerBound), Double(box.x.count),
                Double(box.y.count))
        }
        cairo_clip(context)
        cairo_scale(context, scale, scale)
        poppler_page_render(page, context)
        cairo_destroy(context)
        cairo_surface_flush(surface)
        guard let pixels = cairo_image_surface_get_data(surface) else { return }
        let stride = Int(cairo_image_surface_get_stride(surface))

        for box in boxes {
            var total = 0.0
            var samples = 0.0
            for y in box.y {
                let row = pixels + y * stride
                for x in box.x {
                    let pixel = row + x * 4  // BGRX, little endian
                    total +=
                        0.114 * Double(pixel[0]) + 0.587 * Double(pixel[1]) + 0.299
                        * Double(pixel[2])
                    samples += 1
                }
            }
            if total / samples < 200 { reasons[box.index] = nil }
        }
    }

    /// A coordinate as a whole pixel, kept within ±2³¹: character boxes from a malformed PDF may be huge or
    /// NaN, and converting those to Int would trap. Out-of-page values stay out of the page.
    private static func pixel(_ value: Double, rounded rule: FloatingPointRoundingRule) -> Int {
        guard value.isFinite else { return -1 }
        return Int(min(max(value.rounded(rule), -2_147_483_648), 2_147_483_647))
    }
}
