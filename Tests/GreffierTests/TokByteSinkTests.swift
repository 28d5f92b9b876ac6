import Testing

@testable import Greffier

/// `ByteSink.appendLowercased` goes four blocks of sixteen a step, then two, one, and the last
/// sixteen overlapping: every length up to past two steps ends in each of these ways.
struct TokByteSinkTests {
    @Test(arguments: Array(0...200))
    func lowercasedAtEveryLength(_ length: Int) {
        let text = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 0x3D) }
        var sink = ByteSink(capacity: 4)
        text.withUnsafeBufferPointer { sink.appendLowercased($0) }
        let written = Array(UnsafeBufferPointer(start: sink.base, count: sink.count))
        #expect(written == text.map(ByteClass.lowercased))
        sink.buffer.deallocate()
    }
}
