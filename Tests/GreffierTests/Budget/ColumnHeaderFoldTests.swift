import Testing

@testable import Greffier

/// `ColumnHeader.fold` reads a header word in place: the same fold as the array of its bytes
/// gave, for every word of every awkward input and for stretches cut anywhere, a scalar cut
/// by the stretch's end included.
@Suite struct ColumnHeaderFoldTests {
    @Test func foldsInPlaceAsTheArrayDid() {
        var tried = 0
        for input in AwkwardInputs.all {
            // Every stretch of up to six bytes from every place of short inputs, every tenth
            // place of the others: cuts inside scalars, line ends and `-⏎` at both ends.
            let step = input.count > 400 ? 10 : 1
            for start in stride(from: 0, to: input.count, by: step) {
                for end in start...min(input.count, start + 6) {
                    let fast = ColumnHeader.fold(input, start, end)
                    let reference = Folding.fold(Array(input[start..<end]), 0, end - start)
                    #expect(Array(fast.utf8) == Array(reference.utf8), "\(input[start..<end])")
                    tried += 1
                }
            }
        }
        #expect(tried > 100_000)
    }
}
