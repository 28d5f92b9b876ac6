/// The first bytes of a fold (up to `capacity`, in a buffer the caller owns) and its whole
/// length: a header word is judged on a few bytes without an array, the rare longer fold
/// then read whole by the caller.
struct CappedFold: FoldOutput {
    let base: UnsafeMutablePointer<UInt8>
    let capacity: Int
    var count = 0

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count < capacity { base[count] = byte }
        count += 1
    }
}
