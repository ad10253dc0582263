import Foundation

/// Opens a command's output: standard output, or `-o FILE`, never one of its inputs. A regular file is
/// created or truncated in place; a device or FIFO (`/dev/null`, a pipe) is written to as it is, never
/// replaced by a rename.
enum OutputFile {
    static func write(_ text: String, to path: String?, inputs: [String]) throws {
        let handle = try open(path, inputs: inputs)
        handle.write(Data(text.utf8))
        if handle !== FileHandle.standardOutput { try? handle.close() }
    }

    static func open(_ path: String?, inputs: [String]) throws -> FileHandle {
        guard let path, path != "-" else { return FileHandle.standardOutput }
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath() == target {
            Diagnostics.error(path, "the output file is one of the inputs; name another file with -o")
            throw ExitStatus.usage
        }
        let descriptor = Foundation.open(target.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            Diagnostics.error(path, "cannot write the output (\(String(cString: strerror(errno)))); check that the folder exists and is writable")
            throw ExitStatus.noInput
        }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }
}
