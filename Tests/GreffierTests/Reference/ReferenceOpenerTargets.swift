@testable import Greffier

/// `OpenerTargets.mayName` as it was before it counted eight bytes at a time: byte by byte,
/// out as soon as the letters pass the bound. Kept to compare the counts by words with.
enum ReferenceOpenerTargets {
    static func mayName(_ targets: OpenerTargets, _ bytes: [UInt8], _ range: TextRange) -> Bool {
        var letters = 0
        var nonASCII = 0
        for index in range.start..<max(range.start, range.end) {
            let byte = bytes[index]
            if ByteClass.isASCIIAlphanumeric(byte) {
                letters += 1
                if letters > targets.letterBound { return false }
            } else if byte >= 0x80 {
                nonASCII += 1
            }
        }
        return targets.spans.contains { letters <= $0.bytes && $0.letters <= letters + nonASCII }
    }
}
