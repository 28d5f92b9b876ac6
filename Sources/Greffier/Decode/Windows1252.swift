/// Windows-1252, the encoding French texts saved by office software fall back to.
enum Windows1252 {
    /// Unicode scalars for bytes 0x80–0x9F; the five undefined ones map to their C1 control.
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// The character a byte stands for, nil for the five bytes Windows-1252 leaves undefined
    /// (0x81, 0x8D, 0x8F, 0x90, 0x9D): in a UTF-8 file those are read as U+FFFD.
    static func definedScalar(_ byte: UInt8) -> UInt32? {
        let scalar = scalar(byte)
        return scalar >= 0x80 && scalar < 0xA0 ? nil : scalar
    }

    static func scalar(_ byte: UInt8) -> UInt32 {
        if byte >= 0x80 && byte < 0xA0 { return high[Int(byte) - 0x80] }
        return UInt32(byte)
    }

    /// What `TextNormalizer.appendScalar` writes for each byte 0x80–0xFF (replacements applied:
    /// 0xA0 → space, 0x92 → `'`, 0xAD → nothing...), indexed by `byte - 0x80`.
    static let normalizedHighBytes: [[UInt8]] = (0x80...0xFF).map { byte in
        let scalar = scalar(UInt8(byte))
        return TextNormalizer.replacement(for: scalar) ?? TextNormalizer.utf8(scalar)
    }

    /// `normalizedHighBytes` packed for `Rewrites`, indexed the same.
    static let packedHighBytes: [(bytes: UInt32, count: Int)] = normalizedHighBytes.map(Rewrites.pack)
}
