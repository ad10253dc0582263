import Foundation
import SkillgapCore

/// One `skillgap worker` child process, spoken to line by line over pipes, with a time limit on each answer.
final class WorkerProcess {
    enum Answer {
        case line(String)
        case timedOut
        /// The worker ended: it crashed (a signal) or exited.
        case ended(AnalysisFailure)
    }

    private let process = Process()
    private let input: FileHandle
    private let output: Int32
    private var buffer: [UInt8] = []

    /// Starts a worker and gives it its configuration, the first line it reads.
    init(configurationLine: String) throws {
        let stdin = Pipe()
        let stdout = Pipe()
        process.executableURL = Self.executable
        process.arguments = ["worker"]
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.standardError
        try process.run()
        input = stdin.fileHandleForWriting
        output = stdout.fileHandleForReading.fileDescriptor
        guard send(configurationLine) else {
            throw WorkerStartError(message: "the worker process ended as it started")
        }
    }

    /// This binary, so workers are the same version as the batch that starts them.
    static let executable: URL = {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    }()

    /// Sends one request line; false when the worker is gone.
    func send(_ line: String) -> Bool {
        do {
            try input.write(contentsOf: Data((line + "\n").utf8))
            return true
        } catch {
            return false
        }
    }

    /// The next line the worker writes, waiting at most `timeout` seconds.
    func readLine(timeout: Double) -> Answer {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return .line(line)
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { return .timedOut }
            var descriptor = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(min(remaining, 3600) * 1000) + 1)
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { return .timedOut }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let count = read(output, &chunk, chunk.count)
            guard count > 0 else { return .ended(endReason()) }
            buffer += chunk[..<count]
        }
    }

    /// Stops the worker at once (a hang), then reaps it.
    func kill() {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Closes its input so it ends, and waits for it.
    func finish() {
        try? input.close()
        process.waitUntilExit()
    }

    private func endReason() -> AnalysisFailure {
        process.waitUntilExit()
        switch process.terminationReason {
        case .uncaughtSignal: return .crashed(signal: process.terminationStatus)
        default: return .exited(status: process.terminationStatus)
        }
    }
}
