#if canImport(Glibc)
import Glibc
#endif

/// Settings of the C allocator for a process that makes and frees the same few buffers once
/// per document, thousands of times.
///
/// By default glibc gives the top of its heap back to the system (`brk`) whenever 128 KB of it
/// is free, and the next document asks for it again: about 5,900 `brk` calls and 9,500 page
/// faults (each page cleared by the kernel) over the benchmark's 10,000 documents. Keeping up
/// to 64 MB of freed heap, and serving blocks up to 32 MB from the heap rather than from
/// `mmap` of their own, removes both; the peak memory is unchanged, since a page kept was
/// already in use at the peak.
public enum AllocatorTuning {
    /// Applied once by the executable before any work; the library's callers keep their own.
    public static func forBatches() {
        #if canImport(Glibc)
        // `mallopt` is declared in <malloc.h>, which the Glibc module does not bring in: it is
        // looked up by name, and nothing is changed where it is missing (another C library).
        guard let program = dlopen(nil, RTLD_NOW), let symbol = dlsym(program, "mallopt") else { return }
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        // The parameters' values in glibc's <malloc.h>.
        let trimThreshold: Int32 = -1, topPad: Int32 = -2, mmapThreshold: Int32 = -3
        _ = mallopt(trimThreshold, 64 << 20)
        _ = mallopt(topPad, 1 << 20)
        _ = mallopt(mmapThreshold, 32 << 20)
        #endif
    }
}
