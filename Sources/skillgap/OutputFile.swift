import Foundation

/// Writes a command's output to standard output or to `-o FILE`, never over one of its inputs.
enum OutputFile {
    static func write(_ text: String, to path: String?, inputs: [String]) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath() == target {
            Diagnostics.error(path, "the output file is the input; name another file with -o")
            throw ExitStatus.usage
        }
        do {
            try Data(text.utf8).write(to: target, options: .atomic)
        } catch {
            Diagnostics.error(path, "cannot write the report (\(error.localizedDescription)); check that the folder exists and is writable")
            throw ExitStatus.noInput
        }
    }
}
