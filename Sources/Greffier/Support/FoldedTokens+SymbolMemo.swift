extension FoldedTokens {
    /// The folds of the symbols a document's folding met last (`«`, `»`, `°`, `€`, `’`...), by
    /// their bytes: nearly every token `foldRun` stops at is one, and the same few come back
    /// all along a text, each costing a `Folding.fold` (its scalar read, its ASCII fold and
    /// caseless tests) and a way back into `foldRun`. Sixteen slots by a hash of the bytes; a
    /// slot keeps the last symbol that fell in it.
    struct SymbolMemo: ~Copyable {
        private struct Slot {
            /// The symbol's bytes and its length (`length << 32`); 0 for an empty slot (a
            /// symbol kept is two bytes at least).
            var key: UInt64 = 0
            /// Its fold (`count` bytes, the first in the low byte) and whether it is comparable.
            var fold: UInt64 = 0
            var count = 0
            var comparable = false
        }

        private let slots = UnsafeMutablePointer<Slot>.allocate(capacity: 16)

        init() { slots.initialize(repeating: Slot(), count: 16) }

        deinit { slots.deallocate() }

        /// `Folding.fold` of the token into `sink`, which has room for its length and
        /// `slack` more. Only a symbol whose bytes are one whole character as its first byte
        /// tells (two to four) is kept: `Folding.fold` then reads those bytes only, so they
        /// decide its fold; the fold is kept when it holds eight bytes at most.
        @inline(__always)
        func fold(_ text: UnsafeBufferPointer<UInt8>, _ token: Token, into sink: inout ByteSink) -> Bool {
            let start = token.start, length = token.end &- token.start
            guard token.kind == .symbol, length >= 2, start &+ 4 <= text.count, let base = text.baseAddress,
                Letters.scalarLength(text[start]) == length
            else { return Folding.fold(text, token.start, token.end, into: &sink) }
            let bytes = UInt32(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt32.self))
            let key = UInt64(bytes & UInt32.max >> (32 &- 8 &* length)) | UInt64(length) << 32
            let slot = slots + Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 60)
            if slot.pointee.key == key {
                // Eight bytes stored, `count` of them counted: the room holds sixteen more.
                UnsafeMutableRawPointer(sink.base + sink.count).storeBytes(of: slot.pointee.fold.littleEndian, as: UInt64.self)
                sink.advance(by: slot.pointee.count)
                return slot.pointee.comparable
            }
            let first = sink.count
            let comparable = Folding.fold(text, token.start, token.end, into: &sink)
            let count = sink.count &- first
            if count <= 8 {
                var fold: UInt64 = 0
                for offset in 0..<count { fold |= UInt64(sink.base[first &+ offset]) << (8 &* UInt64(offset)) }
                slot.pointee = Slot(key: key, fold: fold, count: count, comparable: comparable)
            }
            return comparable
        }
    }
}
