import Foundation
import XCTest
import Yams

/// `--shard auto` from each scheduler's environment, and the examples in docs/shards run as written with the
/// scheduler's environment simulated: the shards cover every file exactly once.
final class ShardTests: XCTestCase {
    private var folder: URL!
    private var applicants: URL!
    private var names: [String] = []

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skillgap-shards-\(UUID().uuidString)")
        applicants = folder.appendingPathComponent("applicants")
        try FileManager.default.createDirectory(at: applicants, withIntermediateDirectories: true)
        let sources = [
            "check/strong.md", "check/weak.txt", "check/non-technical.txt", "text/resume.txt",
            "markdown/resume.md", "html/resume.html", "jsonresume/resume.json", "docx/resume.docx",
            "pdf/one-column.pdf",
        ]
        for (number, source) in sources.enumerated() {
            let name = "\(number + 1)-" + (source as NSString).lastPathComponent
            names.append(name)
            try FileManager.default.copyItem(
                atPath: CommandRunner.fixture(source),
                toPath: applicants.appendingPathComponent(name).path)
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The files one `batch --shard auto` scores with `environment`, by name.
    private func shard(_ environment: [String: String], _ extra: [String] = []) throws -> [String] {
        let result = try CommandRunner.run(
            ["batch", applicants.path, "--shard", "auto", "--format", "csv", "--in-process"]
                + extra, environment: environment)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("--shard auto: "), result.stderr)
        return result.stdout.split(separator: "\n").dropFirst().compactMap { line in
            line.split(separator: ",").dropFirst().first.map {
                ($0 as Substring).split(separator: "/").last.map(String.init) ?? ""
            }
        }
    }

    /// The shards together hold every file exactly once.
    private func assertCoverEveryFileOnce(_ shards: [[String]], _ scheduler: String) {
        let all = shards.flatMap { $0 }
        XCTAssertEqual(all.sorted(), names.sorted(), "\(scheduler): every file exactly once")
        XCTAssertTrue(shards.allSatisfy { !$0.isEmpty }, "\(scheduler): \(shards)")
    }

    func testEachSchedulersEnvironmentGivesTheShard() throws {
        assertCoverEveryFileOnce(
            try (0..<3).map {
                try shard(["JOB_COMPLETION_INDEX": "\($0)", "SKILLGAP_SHARD_COUNT": "3"])
            }, "Kubernetes")
        assertCoverEveryFileOnce(
            try (10..<13).map {
                try shard([
                    "SLURM_ARRAY_TASK_ID": "\($0)", "SLURM_ARRAY_TASK_MIN": "10",
                    "SLURM_ARRAY_TASK_COUNT": "3", "SLURM_ARRAY_TASK_MAX": "12",
                ])
            }, "Slurm")
        assertCoverEveryFileOnce(
            try [0, 2, 4].map {
                try shard([
                    "SLURM_ARRAY_TASK_ID": "\($0)", "SLURM_ARRAY_TASK_MIN": "0",
                    "SLURM_ARRAY_TASK_COUNT": "3", "SLURM_ARRAY_TASK_STEP": "2",
                ])
            }, "Slurm with a step")
        assertCoverEveryFileOnce(
            try (0..<3).map {
                try shard(["AWS_BATCH_JOB_ARRAY_INDEX": "\($0)"], ["--shard-count", "3"])
            },
            "AWS Batch")
        assertCoverEveryFileOnce(
            try (1...3).map { try shard(["PARALLEL_SEQ": "\($0)", "SKILLGAP_SHARD_COUNT": "3"]) },
            "GNU parallel")
        XCTAssertEqual(
            try shard(["PARALLEL_SEQ": "1", "SKILLGAP_SHARD_COUNT": "3"]),
            try shard(["JOB_COMPLETION_INDEX": "0", "SKILLGAP_SHARD_COUNT": "3"]),
            "PARALLEL_SEQ counts from 1, JOB_COMPLETION_INDEX from 0")
    }

    func testAnEnvironmentThatDoesNotGiveAShardSaysWhy() throws {
        let cases: [([String: String], String)] = [
            ([:], "found no scheduler"),
            (["JOB_COMPLETION_INDEX": "0"], "set SKILLGAP_SHARD_COUNT"),
            (
                ["JOB_COMPLETION_INDEX": "3", "SKILLGAP_SHARD_COUNT": "3"],
                "shard 4 of 3 does not exist"
            ),
            (["PARALLEL_SEQ": "0", "SKILLGAP_SHARD_COUNT": "3"], "not a job number"),
            (["AWS_BATCH_JOB_ARRAY_INDEX": "x", "SKILLGAP_SHARD_COUNT": "3"], "not an index"),
            (
                ["JOB_COMPLETION_INDEX": "0", "SKILLGAP_SHARD_COUNT": "many"],
                "not a number of shards"
            ),
            (
                [
                    "SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_MIN": "0",
                    "SLURM_ARRAY_TASK_COUNT": "4", "SKILLGAP_SHARD_COUNT": "3",
                ], "disagrees with SLURM_ARRAY_TASK_COUNT=4"
            ),
            (["SLURM_ARRAY_TASK_ID": "1"], "SLURM_ARRAY_TASK_MIN is missing"),
            (
                ["PARALLEL_SEQ": "1", "JOB_COMPLETION_INDEX": "0", "SKILLGAP_SHARD_COUNT": "2"],
                "more than one scheduler"
            ),
        ]
        for (environment, message) in cases {
            let result = try CommandRunner.run(
                ["batch", applicants.path, "--shard", "auto", "-q"], environment: environment)
            XCTAssertEqual(result.status, 64, "\(environment): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(message), "\(environment): \(result.stderr)")
            XCTAssertEqual(result.stdout, "", "no ranking")
        }
        let flag = try CommandRunner.run(["batch", applicants.path, "--shard-count", "3"])
        XCTAssertEqual(flag.status, 64, flag.stderr)
    }

    func testMoreShardsThanFilesLeavesSomeEmpty() throws {
        let result = try CommandRunner.run(
            ["batch", applicants.path, "--shard", "12/12", "--format", "jsonl", "-q"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "")
    }

    // MARK: - docs/shards, as written

    /// Runs a shell script of docs/shards with skillgap on the PATH and `environment`.
    private func runScript(
        _ name: String, _ environment: [String: String]
    ) throws -> CommandRunner.Output {
        let path = CommandRunner.executable.deletingLastPathComponent().path
        return try CommandRunner.run(
            [CommandRunner.packageRoot.appendingPathComponent("docs/shards/\(name)").path],
            environment: environment.merging(
                ["PATH": path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")]) { $1 },
            program: URL(fileURLWithPath: "/bin/bash"))
    }

    /// The files of a ranking CSV, by name; the test fails if one is there twice.
    private func rankedNames(_ csv: URL) throws -> [String] {
        let text = try String(contentsOf: csv, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            line.split(separator: ",").dropFirst().first.map {
                ($0 as Substring).split(separator: "/").last.map(String.init) ?? ""
            }
        }
    }

    func testTheSlurmArrayExampleRunsAsWritten() throws {
        let script = try String(
            contentsOf: CommandRunner.packageRoot.appendingPathComponent(
                "docs/shards/slurm-array.sh"), encoding: .utf8)
        let array = try XCTUnwrap(
            script.split(separator: "\n").first { $0.hasPrefix("#SBATCH --array=") })
        let bounds = array.dropFirst("#SBATCH --array=".count).split(separator: "-").compactMap {
            Int($0)
        }
        XCTAssertEqual(bounds.count, 2, String(array))
        let results = folder.appendingPathComponent("results")
        for task in bounds[0]...bounds[1] {
            let run = try runScript(
                "slurm-array.sh",
                [
                    "SLURM_ARRAY_TASK_ID": "\(task)", "SLURM_ARRAY_TASK_MIN": "\(bounds[0])",
                    "SLURM_ARRAY_TASK_MAX": "\(bounds[1])",
                    "SLURM_ARRAY_TASK_COUNT": "\(bounds[1] - bounds[0] + 1)",
                    "SLURM_CPUS_PER_TASK": "1", "APPLICANTS": applicants.path,
                    "RESULTS": results.path,
                ])
            XCTAssertEqual(run.status, 0, "task \(task): \(run.stderr)")
        }
        let merge = try runScript("slurm-merge.sh", ["RESULTS": results.path])
        XCTAssertEqual(merge.status, 0, merge.stderr)
        XCTAssertEqual(
            try rankedNames(results.appendingPathComponent("ranking.csv")).sorted(),
            names.sorted())
        XCTAssertTrue(
            FileManager.default.fileExists(
                atPath: results.appendingPathComponent("ranking.html").path))
    }

    func testTheGNUParallelExampleRunsAsWritten() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/parallel") else {
            throw XCTSkip(
                "GNU parallel is not installed (apt-get install parallel); .ci/run installs it")
        }
        let results = folder.appendingPathComponent("results")
        let run = try runScript(
            "gnu-parallel.sh", ["APPLICANTS": applicants.path, "RESULTS": results.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(
            try rankedNames(results.appendingPathComponent("ranking.csv")).sorted(),
            names.sorted())
    }

    func testTheKubernetesIndexedJobRunsAsWritten() throws {
        let manifest = try String(
            contentsOf: CommandRunner.packageRoot.appendingPathComponent(
                "docs/shards/kubernetes-indexed-job.yaml"), encoding: .utf8)
        let job = try XCTUnwrap(try Yams.load(yaml: manifest) as? [String: Any])
        let spec = try XCTUnwrap(job["spec"] as? [String: Any])
        XCTAssertEqual(spec["completionMode"] as? String, "Indexed")
        let completions = try XCTUnwrap(spec["completions"] as? Int)
        let pod = try XCTUnwrap((spec["template"] as? [String: Any])?["spec"] as? [String: Any])
        let container = try XCTUnwrap((pod["containers"] as? [[String: Any]])?.first)
        XCTAssertEqual(container["command"] as? [String], ["skillgap"])
        let arguments = try XCTUnwrap(container["args"] as? [String])
        var environment: [String: String] = [:]
        for variable in container["env"] as? [[String: Any]] ?? [] {
            environment[variable["name"] as! String] = variable["value"] as? String
        }
        XCTAssertEqual(environment["SKILLGAP_SHARD_COUNT"], "\(completions)")
        let data = folder.appendingPathComponent("data")
        try FileManager.default.createDirectory(
            at: data.appendingPathComponent("results"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(
            at: applicants, to: data.appendingPathComponent("applicants"))
        for index in 0..<completions {
            // What Kubernetes does: expand $(JOB_COMPLETION_INDEX) in the arguments and set it.
            let podArguments = arguments.map {
                $0.replacingOccurrences(of: "$(JOB_COMPLETION_INDEX)", with: "\(index)")
                    .replacingOccurrences(of: "/data/", with: data.path + "/")
            }
            let run = try CommandRunner.run(
                podArguments,
                environment: environment.merging(["JOB_COMPLETION_INDEX": "\(index)"]) { $1 })
            XCTAssertEqual(run.status, 0, "pod \(index): \(run.stderr)")
        }
        let merge = try XCTUnwrap(
            manifest.split(separator: "\n").first { $0.hasPrefix("# merge: skillgap ") })
        let command = merge.dropFirst("# merge: ".count).replacingOccurrences(
            of: "/data/", with: data.path + "/")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [
            "-c",
            command.replacingOccurrences(
                of: "skillgap ", with: CommandRunner.executable.path + " "),
        ]
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertEqual(
            try rankedNames(data.appendingPathComponent("results/ranking.csv")).sorted(),
            names.sorted())
    }
}
