import Foundation

/// Opens a command's output: standard output, or `-o FILE`, never one of its inputs. A regular file is
/// created or truncated in place; a device or FIFO (`/dev/null`, a pipe) is written to as it is, never
/// replaced by a rename. An output that cannot be written exits 74, as sysexits says.
enum OutputFile {
    static func write(_ text: String, to path: String?, inputs: [String]) throws {
        let handle = try open(path, inputs: inputs)
        write(text, to: handle, name: path ?? "standard output")
        if handle !== FileHandle.standardOutput { try? handle.close() }
    }

    /// Writes to an output, which may fail: a reader that closed the pipe (`| head`) ends the command quietly,
    /// as it ends any Unix tool; a full disk or an I/O error ends it with a message and exit 74.
    static func write(_ text: String, to handle: FileHandle, name: String) {
        guard let error = DescriptorWrite.write(text, to: handle.fileDescriptor) else { return }
        if error == EPIPE { Foundation.exit(0) }
        Diagnostics.error(name, "cannot write the output (\(String(cString: strerror(error))))")
        Foundation.exit(ExitStatus.ioError.rawValue)
    }

    static func open(_ path: String?, inputs: [String]) throws -> FileHandle {
        guard let path, path != "-" else { return FileHandle.standardOutput }
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in inputs
        where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath() == target {
            Diagnostics.error(
                path, "the output file is one of the inputs; name another file with -o")
            throw ExitStatus.usage
        }
        let descriptor = Foundation.open(
            target.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            Diagnostics.error(
                path,
                "cannot write the output (\(String(cString: strerror(errno)))); check that the folder exists and is writable"
            )
            throw ExitStatus.ioError
        }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// The system's words for a write error ("No space left on device").
    static func reason(_ error: Error) -> String {
        let reported = error as NSError
        let posix = (reported.userInfo[NSUnderlyingErrorKey] as? NSError) ?? reported
        if posix.domain == NSPOSIXErrorDomain, posix.code > 0 {
            return String(cString: strerror(Int32(posix.code)))
        }
        return reported.localizedDescription
    }
}
