#if SKILLGAP_TEST_HOOKS
    import Foundation

    /// Hooks that make a worker crash or hang on a chosen file, so the tests can show that a batch survives both.
    /// They exist only in debug builds (`SKILLGAP_TEST_HOOKS`): a release binary reads no such variable.
    enum TestHooks {
        static func apply(to path: String) {
            let environment = ProcessInfo.processInfo.environment
            if let crashOn = environment["SKILLGAP_TEST_WORKER_CRASH_ON"], !crashOn.isEmpty,
                path.contains(crashOn)
            {
                abort()
            }
            if let hangOn = environment["SKILLGAP_TEST_WORKER_HANG_ON"], !hangOn.isEmpty,
                path.contains(hangOn)
            {
                Diagnostics.write("skillgap worker: test hook: hanging on \(path)\n")
                while true { sleep(60) }
            }
        }
    }
#endif
