import Testing
@testable import Greffier

/// The sniffer's skip to the first control byte of a word gives the former verdict, and the
/// word masks flag the first matching byte wherever it is.
@Suite struct SnifferEquivalenceTests {
    @Test func verdictsMatchTheFullReading() {
        var inputs = AwkwardInputs.all
        // Controls at every place around the eight-byte steps, few or many.
        for place in 0..<24 {
            for control: UInt8 in [0x00, 0x01, 0x09, 0x0A, 0x1B, 0x1F] {
                var bytes = Array("abcdefghijklmnopqrstuvwxyz".utf8)
                bytes[place] = control
                inputs.append(bytes)
                inputs.append([UInt8](repeating: control, count: place + 1) + bytes)
            }
        }
        // Around the sixteen-byte steps too: every place of texts up to 80 bytes long,
        // with one control, or controls enough to tip the verdict (one byte in twenty).
        for length in 1...80 {
            for place in 0..<length {
                for control: UInt8 in [0x00, 0x01, 0x08, 0x09, 0x0D, 0x0E, 0x1A, 0x1B, 0x1F, 0x20] {
                    var bytes = [UInt8](repeating: UInt8(ascii: "e"), count: length)
                    bytes[place] = control
                    inputs.append(bytes)
                    for other in stride(from: place % 7, to: length, by: 7) { bytes[other] = control }
                    inputs.append(bytes)
                }
            }
        }
        for input in inputs {
            #expect(BinarySniffer.binaryReason(input) == ReferenceSniffer.binaryReason(input), "\(input.prefix(40))")
        }
    }

    @Test func masksFlagTheFirstMatchingByte() {
        for bytes in WordAtATimeTests.words() {
            bytes.withUnsafeBufferPointer { buffer in
                let word = WordAtATime.loadLittleEndian(buffer, 0)
                for bound: UInt8 in [1, 0x20, 0x80] {
                    let first = bytes.firstIndex { $0 < bound } ?? 8
                    #expect(WordAtATime.bytesBefore(WordAtATime.bytes(below: bound, in: word)) == first, "\(bytes) < \(bound)")
                }
                for probe in WordAtATimeTests.probes {
                    let first = bytes.firstIndex(of: probe) ?? 8
                    #expect(WordAtATime.bytesBefore(WordAtATime.bytes(equalTo: probe, in: word)) == first, "\(bytes) = \(probe)")
                }
                let firstHigh = bytes.firstIndex { $0 >= 0x80 } ?? 8
                #expect(WordAtATime.bytesBefore(WordAtATime.nonASCIIBytes(word)) == firstHigh, "\(bytes)")
            }
        }
    }
}
