import Analysis
import CPoppler
import Foundation
import SkillgapCore

// Measures skillgap's PDF extraction against poppler's own plain-text extraction, in the same process, on
// the same files: the ratio is what matters on a shared, noisy machine.
//
// Usage: extraction-benchmark [--rounds N] [PDF...]   (default: Fixtures/pdf/one-column.pdf)

func parseArguments() -> (rounds: Int, paths: [String]) {
    var rounds = 200
    var paths: [String] = []
    var arguments = CommandLine.arguments.dropFirst()
    while let argument = arguments.popFirst() {
        if argument == "--rounds", let value = arguments.popFirst().flatMap(Int.init) {
            rounds = value
        } else {
            paths.append(argument)
        }
    }
    return (rounds, paths.isEmpty ? ["Fixtures/pdf/one-column.pdf"] : paths)
}
let (rounds, paths) = parseArguments()
let files = paths.compactMap { path -> (String, Data)? in
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
        return nil
    }
    return (path, data)
}
guard !files.isEmpty else { exit(66) }

/// poppler-glib alone: open from a memory stream and get each page's plain text (and, with `layout`, the
/// character boxes and font runs skillgap also needs: the floor of what skillgap can cost).
func popplerPlainText(_ data: Data) -> Int { popplerText(data, layout: false) }
func popplerTextAndLayout(_ data: Data) -> Int { popplerText(data, layout: true) }

func popplerText(_ data: Data, layout: Bool) -> Int {
    let bytes = data.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
    defer { g_bytes_unref(bytes) }
    let stream = g_memory_input_stream_new_from_bytes(bytes)
    defer { g_object_unref(UnsafeMutableRawPointer(stream)) }
    guard
        let document = poppler_document_new_from_stream(stream, goffset(data.count), nil, nil, nil)
    else { return 0 }
    defer { g_object_unref(UnsafeMutableRawPointer(document)) }
    var characters = 0
    for index in 0..<poppler_document_get_n_pages(document) {
        guard let page = poppler_document_get_page(document, index) else { continue }
        if let text = poppler_page_get_text(page) {
            characters += strlen(text)
            g_free(text)
        }
        if layout {
            var rectangles: UnsafeMutablePointer<PopplerRectangle>? = nil
            var count: guint = 0
            if poppler_page_get_text_layout(page, &rectangles, &count) != 0 { g_free(rectangles) }
            if let attributes = poppler_page_get_text_attributes(page) {
                sg_free_text_attributes(attributes)
            }
        }
        g_object_unref(UnsafeMutableRawPointer(page))
    }
    return characters
}

/// skillgap: sniff, extract (text, layout, fonts, links, columns, hidden text), section.
let pack = try! RulePackLoader.builtIn()
let analyzer = Analyzer(pack: pack, role: pack.defaultRole!)
func skillgapExtract(_ data: Data) -> Int {
    (try? analyzer.reader.resume(from: .bytes(data)))?.blocks.count ?? 0
}

/// The whole check: extraction, sectioning, matching, checks and the score, in process.
func skillgapCheck(_ data: Data) -> Int {
    analyzer.analyze(.bytes(data), file: "").assessment?.skills.count ?? 0
}

func ingestOnly(_ data: Data) -> Int {
    (try? analyzer.reader.document(from: .bytes(data)))?.blocks.count ?? 0
}

func measure(_ files: [(String, Data)], rounds: Int, _ body: (Data) -> Int) -> Double {
    var sink = 0
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<rounds { for (_, data) in files { sink &+= body(data) } }
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    if sink == 0 { FileHandle.standardError.write(Data("warning: nothing was extracted\n".utf8)) }
    return elapsed / Double(rounds * files.count)
}

// Warm up both paths (fonts, caches), then alternate to spread machine noise evenly.
_ = measure(files, rounds: rounds, popplerPlainText)
_ = measure(files, rounds: rounds, skillgapExtract)
_ = measure(files, rounds: rounds, skillgapCheck)
var poppler: [Double] = []
var floor: [Double] = []
var skillgap: [Double] = []
var check: [Double] = []
for _ in 0..<3 {
    poppler.append(measure(files, rounds: rounds, popplerPlainText))
    floor.append(measure(files, rounds: rounds, popplerTextAndLayout))
    skillgap.append(measure(files, rounds: rounds, skillgapExtract))
    check.append(measure(files, rounds: rounds, skillgapCheck))
}
let bestPoppler = poppler.min()!
let bestSkillgap = skillgap.min()!
if ProcessInfo.processInfo.environment["STAGES"] != nil {
    print(
        String(
            format: "  of which extraction without sectioning: %.3f ms",
            measure(files, rounds: rounds, ingestOnly)))
}
print("files: \(files.count), rounds: \(rounds)")
print(String(format: "poppler plain text : %.3f ms per file", bestPoppler))
print(
    String(
        format: "poppler + layout   : %.3f ms per file (text, character boxes, font runs)",
        floor.min()!))
print(String(format: "skillgap extract   : %.3f ms per file", bestSkillgap))
print(String(format: "ratio              : %.2fx", bestSkillgap / bestPoppler))
print(
    String(
        format: "extract and score  : %.3f ms per file; scoring is %.0f%% of it", check.min()!,
        100 * (check.min()! - bestSkillgap) / check.min()!))
