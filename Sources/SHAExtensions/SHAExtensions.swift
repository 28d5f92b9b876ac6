#if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
import _Builtin_intrinsics.intel
import _Builtin_intrinsics.intel.cpuid
#endif

/// The SHA-256 compression function with the processor's own SHA instructions (Intel's SHA
/// extensions, x86-64), about seven times fewer instructions a block than portable Swift.
///
/// A module of its own because its code is compiled for processors that have them (see
/// `Package.swift`): nothing here may run before `available` says they are there.
public enum SHAExtensions {
    /// Whether this processor has the SHA extensions (CPUID leaf 7, EBX bit 29) and SSE4.1
    /// (leaf 1, ECX bit 19): false on any other architecture.
    public static let available: Bool = {
        #if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
        var a: UInt32 = 0, b: UInt32 = 0, c: UInt32 = 0, d: UInt32 = 0
        guard __get_cpuid(1, &a, &b, &c, &d) != 0, c & (1 << 19) != 0 else { return false }
        guard __get_cpuid_count(7, 0, &a, &b, &c, &d) != 0 else { return false }
        return b & (1 << 29) != 0
        #else
        return false
        #endif
    }()

    /// Compresses `count` 64-byte blocks at `blocks` into `state`, the eight words H0…H7.
    /// Only when `available`; a no-op otherwise, so a caller's mistake gives a wrong digest
    /// that the tests see rather than an illegal instruction.
    public static func compress(_ state: UnsafeMutablePointer<UInt32>, _ blocks: UnsafeRawPointer, count: Int) {
        #if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
        guard available, count > 0 else { return }
        Rounds.compress(state, blocks, count)
        #endif
    }
}
