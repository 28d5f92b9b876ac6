/// Strict UTF-8 decoding of one scalar (no overlongs, no surrogates, at most U+10FFFF).
enum UTF8Scalar {
    @inline(__always)
    static func decode<Bytes: RandomAccessCollection>(_ bytes: Bytes, at index: Int) -> (UInt32, Int)?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let lead = bytes[index]
        let count = bytes.endIndex
        func continuation(_ offset: Int) -> UInt32? {
            let at = index + offset
            guard at < count, bytes[at] & 0xC0 == 0x80 else { return nil }
            return UInt32(bytes[at] & 0x3F)
        }
        switch lead {
        case 0x00..<0x80:
            return (UInt32(lead), 1)
        case 0xC2..<0xE0:
            guard let b1 = continuation(1) else { return nil }
            return (UInt32(lead & 0x1F) << 6 | b1, 2)
        case 0xE0..<0xF0:
            guard let b1 = continuation(1), let b2 = continuation(2) else { return nil }
            let scalar = UInt32(lead & 0x0F) << 12 | b1 << 6 | b2
            guard scalar >= 0x800, !(0xD800..<0xE000).contains(scalar) else { return nil }
            return (scalar, 3)
        case 0xF0..<0xF5:
            guard let b1 = continuation(1), let b2 = continuation(2), let b3 = continuation(3)
            else { return nil }
            let scalar = UInt32(lead & 0x07) << 18 | b1 << 12 | b2 << 6 | b3
            guard scalar >= 0x10000, scalar <= 0x10FFFF else { return nil }
            return (scalar, 4)
        default:
            return nil
        }
    }
}
