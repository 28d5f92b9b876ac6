@testable import Greffier

/// `InputDecoder.decode` as it was before the sniffer's counts were taken by the UTF-8 pass:
/// the sniffer reading the input whole first, then the UTF-8 reading (both their full
/// references), compared by `DecodingEquivalenceTests`.
enum ReferenceInputDecoder {
    static func decode(_ input: [UInt8]) -> Result<DecodedText, DecodingFailure> {
        func checked(_ text: DecodedText) -> Result<DecodedText, DecodingFailure> {
            if let reason = ReferenceSniffer.binaryReason(text.bytes) { return .failure(.binary(reason: reason)) }
            return .success(text)
        }
        if input.count >= 2, input[0] == 0xFF, input[1] == 0xFE {
            return checked(InputDecoder.decodeUTF16(input, bigEndian: false, bom: true))
        }
        if input.count >= 2, input[0] == 0xFE, input[1] == 0xFF {
            return checked(InputDecoder.decodeUTF16(input, bigEndian: true, bom: true))
        }
        if let bigEndian = UTF16Detector.byteOrder(input) {
            return checked(InputDecoder.decodeUTF16(input, bigEndian: bigEndian, bom: false))
        }
        if let reason = ReferenceSniffer.binaryReason(input) {
            return .failure(.binary(reason: reason))
        }
        let hasBOM = input.count >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF
        let (text, multibyte) = ReferenceDecoding.decodeUTF8(input, skippingBOM: hasBOM)
        if !hasBOM, text.substitutions.windows1252.count + text.substitutions.replaced.count >= max(multibyte, 1) {
            return .success(ReferenceDecoding.decodeWindows1252(input))
        }
        return .success(text)
    }
}
