import Testing

@testable import Greffier

/// `ColumnHeader.fold` reads a header word in place: the same fold as the array of its bytes
/// gave, for every word of every awkward input and for stretches cut anywhere, a scalar cut
/// by the stretch's end included.
@Suite struct ColumnHeaderFoldTests {
    @Test func foldsInPlaceAsTheArrayDid() {
        // Stretches of up to six bytes: cuts inside scalars, line ends and `-⏎` at both ends.
        let tried = AwkwardInputs.forEachStretch(lengths: Array(0...6), longStep: 10) { input, start, end in
            let fast = ColumnHeader.fold(input, start, end)
            let reference = Folding.fold(Array(input[start..<end]), 0, end - start)
            #expect(Array(fast.utf8) == Array(reference.utf8), "\(input[start..<end])")
        }
        #expect(tried > 100_000)
    }
}
