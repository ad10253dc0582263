internal import CLibXML2
import SkillgapCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The system's libxml2, loaded the first time an HTML or DOCX file is read: linked, it was loaded (with the ICU
/// libraries it brings) at the start of every command, and a one-page PDF `check` paid for it (an empty C program
/// linked to poppler-glib took 5.24 ms, 5.58 ms linked to libxml2 as well: medians of ten interleaved hyperfine
/// rounds). The functions are those of libxml2's headers, called at the addresses `dlsym` gives.
struct LibXML2: @unchecked Sendable {
    typealias Document = UnsafeMutablePointer<xmlDoc>
    typealias Node = UnsafeMutablePointer<xmlNode>

    /// The library, loaded once per process and kept (parser set up, error printing silenced), or why it
    /// could not be loaded, as `dlerror` says it.
    static let library = Result { () throws(LoadError) in try LibXML2() }

    struct LoadError: Error {
        let reason: String
    }

    #if os(macOS)
        static let fileName = "libxml2.2.dylib"
    #else
        static let fileName = "libxml2.so.2"
    #endif

    let readHTML:
        @convention(c) (
            UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32
        )
            -> Document?
    let readXML:
        @convention(c) (
            UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32
        )
            -> Document?
    let freeDocument: @convention(c) (Document?) -> Void
    let rootElement: @convention(c) (Document?) -> Node?
    let lineNumber: @convention(c) (Node?) -> Int
    let lastError: @convention(c) () -> UnsafeMutablePointer<xmlError>?
    let nodeContent: @convention(c) (Node?) -> UnsafeMutablePointer<xmlChar>?
    /// `xmlFree`, the deallocator libxml2 uses (a variable in libxml2, read once).
    let free: @convention(c) (UnsafeMutableRawPointer?) -> Void

    /// The library as `library` gives it, or the error an extractor of `format` throws without it.
    static func loaded(for format: DocumentFormatName) throws -> LibXML2 {
        switch library {
        case .success(let library): return library
        case .failure(let failure):
            throw ExtractionError.libraryMissing(
                format: format, library: fileName, reason: failure.reason)
        }
    }

    private init() throws(LoadError) {
        guard let handle = dlopen(Self.fileName, RTLD_NOW | RTLD_LOCAL) else {
            throw LoadError(reason: dlerror().map { String(cString: $0) } ?? Self.fileName)
        }
        func address(_ name: String) throws(LoadError) -> UnsafeMutableRawPointer {
            guard let address = dlsym(handle, name) else {
                throw LoadError(reason: "\(Self.fileName) has no \(name)")
            }
            return address
        }
        func symbol<Function>(_ name: String) throws(LoadError) -> Function {
            unsafeBitCast(try address(name), to: Function.self)
        }
        readHTML = try symbol("htmlReadMemory")
        readXML = try symbol("xmlReadMemory")
        freeDocument = try symbol("xmlFreeDoc")
        rootElement = try symbol("xmlDocGetRootElement")
        lineNumber = try symbol("xmlGetLineNo")
        lastError = try symbol("xmlGetLastError")
        nodeContent = try symbol("xmlNodeGetContent")
        free = try address("xmlFree").load(
            as: (@convention(c) (UnsafeMutableRawPointer?) -> Void).self)
        let initParser: @convention(c) () -> Void = try symbol("xmlInitParser")
        initParser()
        // libxml2 prints parse errors to standard error by default; resumes are untrusted and noisy.
        sg_xml_silence(try address("xmlSetGenericErrorFunc"))
    }
}
