/// Tells text from binary content before any decoding work is spent on it.
enum BinarySniffer {
    /// A reason when the bytes are not text (UTF-16 inputs are sniffed by their BOM first).
    static func binaryReason(_ input: [UInt8]) -> String? {
        if isPDF(input) { return pdfReason }
        // Raw bytes, and one test per byte in the common case: this reads every input whole.
        let controls = input.withUnsafeBufferPointer { bytes -> Int? in
            var controls = 0
            var index = 0
            // Sixteen bytes a test: a line feed every line made the eight-byte steps below
            // stop once a line. A chunk holding a control byte has its stray controls counted
            // in place, without a branch per byte; any NUL decides at once.
            if let base = bytes.baseAddress {
                let space = SIMD16<UInt8>(repeating: 0x20)
                let tab = SIMD16<UInt8>(repeating: 0x09)
                let five = SIMD16<UInt8>(repeating: 5)
                let escape = SIMD16<UInt8>(repeating: 0x1B)
                let zero = SIMD16<UInt8>(repeating: 0)
                while index + 16 <= bytes.count {
                    let chunk = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
                    index += 16
                    let low = chunk .< space
                    guard any(low) else { continue }
                    if any(chunk .== zero) { return nil }
                    // Tab, LF, VT, FF, CR (0x09...0x0D) and ESC are allowed.
                    let allowed = ((chunk &- tab) .< five) .| (chunk .== escape)
                    controls += Int(zero.replacing(with: 1, where: low .& .!allowed).wrappedSum())
                }
            }
            while index < bytes.count {
                // Eight bytes without a control character at a time, the common case; else
                // straight to the first control byte (those before it are not controls).
                if index + 8 <= bytes.count {
                    let controls = WordAtATime.bytes(below: 0x20, in: WordAtATime.loadLittleEndian(bytes, index))
                    if controls == 0 {
                        index += 8
                        continue
                    }
                    index += WordAtATime.bytesBefore(controls)
                }
                let byte = bytes[index]
                index += 1
                guard byte < 0x20 else { continue }
                if byte == 0 { return nil }
                // Tab, LF, VT, FF, CR and ESC occur in real texts; other C0 controls do not.
                if byte != 0x09 && byte != 0x0A && byte != 0x0B && byte != 0x0C && byte != 0x0D && byte != 0x1B {
                    controls += 1
                }
            }
            return controls
        }
        return verdict(controls: controls, count: input.count)
    }

    static let pdfReason = "PDF document"

    static func isPDF(_ input: [UInt8]) -> Bool {
        input.count >= 5 && input[0] == 0x25 && input[1] == 0x50 && input[2] == 0x44 && input[3] == 0x46
            && input[4] == 0x2D  // `%PDF-`
    }

    /// The verdict on `count` bytes holding `controls` stray control bytes (nil: a NUL byte).
    static func verdict(controls: Int?, count: Int) -> String? {
        guard let controls else { return "NUL byte" }
        if count > 0 && controls * 20 > count { return "control characters" }
        return nil
    }
}
