import ArgumentParser
import Foundation

/// `skillgap worker`: the process `batch` runs files in, so that a crash or a hang in a C library (poppler,
/// libxml2) on one malformed file costs that file only. Its first input line is a `WorkerConfiguration`; each
/// line after it is a `WorkerRequest`, answered by one `WorkerAnswer` line.
struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker", _superCommandName: Skillgap.programName,
        abstract: "Internal: analyze files for `skillgap batch` in a separate process.",
        shouldDisplay: false)

    func run() throws {
        guard let first = readLine(),
            let configuration = try? JSONDecoder().decode(
                WorkerConfiguration.self, from: Data(first.utf8))
        else {
            Diagnostics.error(
                "skillgap worker",
                "the first input line is not a worker configuration; this command is run by `skillgap batch`"
            )
            throw ExitStatus.usage
        }
        let job = try FileJob(configuration: configuration)
        let encoder = JSONEncoder()
        _ = LibraryWarmUp.once
        while let line = readLine() {
            guard let request = try? JSONDecoder().decode(WorkerRequest.self, from: Data(line.utf8))
            else { continue }
            #if SKILLGAP_TEST_HOOKS
                TestHooks.apply(to: request.path)
            #endif
            var answer = try encoder.encode(job.run(request))
            answer.append(0x0A)
            // The batch that asked is gone: nothing is left to answer.
            guard (try? FileHandle.standardOutput.write(contentsOf: answer)) != nil else {
                Foundation.exit(0)
            }
        }
    }
}
