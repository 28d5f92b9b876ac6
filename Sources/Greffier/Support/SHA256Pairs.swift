import CSHAExtensions

extension SHA256 {
    /// The digests of `messages` with the processor's SHA instructions, two messages at a time:
    /// one message's rounds wait on each other, and a second one's fill the gaps (about 1.8
    /// times the bytes per second). As in `SHA256Lanes`, a lane whose message has no whole
    /// block left ends it alone (its padded tail) and takes the next one waiting, longest
    /// first, so that the two end close together. Only where `extensionsAvailable`.
    static func pairedHexes(_ messages: [[UInt8]]) -> [String] {
        var digests = [String](repeating: "", count: messages.count)
        let order = messages.indices.sorted { messages[$0].count > messages[$1].count }
        var waiting = 0
        struct Lane {
            let message: Int
            /// Whole blocks hashed, and in all.
            var next = 0
            let whole: Int
            var state = SHA256.initialState
        }
        func take() -> Lane? {
            guard waiting < order.count else { return nil }
            waiting += 1
            return Lane(message: order[waiting - 1], whole: messages[order[waiting - 1]].count / 64)
        }
        func end(_ lane: Lane) {
            digests[lane.message] = hex(messages[lane.message], resuming: lane.state, atBlock: lane.next, extensions: true)
        }
        var first = take(), second = take()
        while var a = first, var b = second {
            let count = min(a.whole - a.next, b.whole - b.next)
            if count > 0 {
                messages[a.message].withUnsafeBufferPointer { x in
                    messages[b.message].withUnsafeBufferPointer { y in
                        guard let x = x.baseAddress, let y = y.baseAddress else { return }
                        greffier_sha256_compress2(&a.state, x + a.next &* 64, &b.state, y + b.next &* 64, count, roundConstants)
                    }
                }
                a.next += count
                b.next += count
            }
            // One of them, at least, has no whole block left.
            if a.next == a.whole {
                end(a)
                first = take()
            } else {
                first = a
            }
            if b.next == b.whole {
                end(b)
                second = take()
            } else {
                second = b
            }
        }
        if let last = first ?? second { end(last) }
        return digests
    }
}
