import Foundation
import XCTest

/// Runs the built `skillgap` binary the way a user does and captures what it prints.
struct CommandRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    static func fixture(_ path: String) -> String {
        packageRoot.appendingPathComponent("Fixtures").appendingPathComponent(path).path
    }

    /// The `skillgap` executable beside the test bundle.
    static var executable: URL {
        var directory = Bundle.main.bundleURL
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            directory = bundle.bundleURL.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("skillgap")
    }

    /// Runs `skillgap` with `arguments`, from the package root unless `directory` says otherwise.
    /// `launcher` is a command that runs it, such as `setpriv` with its options; `program` runs another
    /// program instead (a browser, a shell script).
    static func run(
        _ arguments: [String], stdin: Data? = nil, directory: URL = packageRoot,
        environment: [String: String] = [:], timeout: Double = 120, launcher: [String] = [],
        program: URL? = nil
    ) throws -> Output {
        let process = Process()
        if let program {
            process.executableURL = program
            process.arguments = arguments
        } else if let program = launcher.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = launcher.dropFirst() + [executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in
            new
        }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        // A command may stop reading its input early (a size limit): write from another thread, and let a
        // closed pipe be an error for that write rather than a SIGPIPE that ends the test process.
        signal(SIGPIPE, SIG_IGN)
        let writer = input.fileHandleForWriting
        Thread {
            if let stdin { try? writer.write(contentsOf: stdin) }
            try? writer.close()
        }.start()
        // A hung command must fail its test, not hang the whole run: kill it after `timeout` seconds.
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        // Read both pipes before waiting, so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
