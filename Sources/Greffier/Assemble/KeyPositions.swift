/// The position of each distinct key in order of first appearance. A document has a handful of
/// keys (acts, codes): they are compared one by one, with no hashing and no dictionary to
/// allocate; past `linearLimit` keys (a hostile text naming thousands) a dictionary takes over,
/// so the cost stays linear. Either way a key is found exactly when an equal one was added.
struct KeyPositions<Key: Hashable> {
    static var linearLimit: Int { 16 }
    private(set) var keys: [Key] = []
    private var index: [Key: Int]?

    init() {}

    /// Room for `capacity` keys made at once: growing the array key by key copied it each time.
    init(capacity: Int) {
        keys.reserveCapacity(capacity)
    }

    func position(of key: Key) -> Int? {
        if let index { return index[key] }
        return keys.firstIndex(of: key)
    }

    /// Adds a key not yet present; returns its position.
    @discardableResult
    mutating func append(_ key: Key) -> Int {
        keys.append(key)
        let position = keys.count - 1
        if index != nil {
            index?[key] = position
        } else if keys.count > Self.linearLimit {
            var built: [Key: Int] = [:]
            built.reserveCapacity(keys.count * 2)
            for (offset, key) in keys.enumerated() { built[key] = offset }
            index = built
        }
        return position
    }
}
