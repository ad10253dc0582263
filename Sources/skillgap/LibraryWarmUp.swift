import Foundation
import Ingest

/// Initialises the C libraries once on the main thread before worker threads use them.
enum LibraryWarmUp {
    static let once: Void = {
        _ = try? Ingestor().read(Data("<html><body><p>warm up</p></body></html>".utf8))
    }()
}
