import Foundation

#if FUZZING
    // swift-format-ignore: AlwaysUseLowerCamelCase
    // libFuzzer's entry point keeps its C name.
    @_silgen_name("LLVMFuzzerRunDriver")
    private func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    /// Hands control to libFuzzer (linked without its own `main`, because SwiftPM names the executable's entry
    /// point itself), calling `body` with every input it generates.
    public enum FuzzDriver {
        nonisolated(unsafe) private static var body: (Data) -> Void = { _ in }

        public static func run(_ body: @escaping (Data) -> Void) -> CInt {
            Self.body = body
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            return LLVMFuzzerRunDriver(&argc, &argv) { bytes, size in
                FuzzDriver.body(bytes.map { Data(bytes: $0, count: size) } ?? Data())
                return 0
            }
        }
    }
#endif
