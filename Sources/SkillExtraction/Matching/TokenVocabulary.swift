/// The token keys the lexicon's names are made of, each with a small integer id.
///
/// Looking keys up is the matcher's inner loop: one lookup per token of every line. The table is
/// open-addressed and hashed with FNV-1a over the key's UTF-8 bytes, which for short words costs a
/// fraction of `Dictionary<String, _>`'s seeded SipHash; the ids then let the trie step by array
/// index instead of hashing strings again.
struct TokenVocabulary: Sendable {
    private(set) var keys: [String] = []
    /// Positions in `keys`, or -1 for an empty slot; the count is a power of two.
    private var slots = [Int32](repeating: -1, count: 1024)

    /// The id of `key`, adding it when it is new.
    mutating func insert(_ key: String) -> Int32 {
        if let id = id(of: key) { return id }
        if (keys.count + 1) * 2 > slots.count { grow() }
        let id = Int32(keys.count)
        keys.append(key)
        place(id, hash: Self.hash(key))
        return id
    }

    /// The id of `key`, or nil when no name of the lexicon has it.
    func id(of key: String) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return nil }
            if keys[Int(id)] == key { return id }
            slot = (slot + 1) & mask
        }
    }

    private mutating func place(_ id: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for (id, key) in keys.enumerated() { place(Int32(id), hash: Self.hash(key)) }
    }

    /// FNV-1a over the UTF-8 bytes, with the high bits folded down (the table uses the low ones).
    @inline(__always)
    static func hash(_ key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let done = key.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        if done == nil {
            for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        return hash ^ (hash >> 29)
    }
}
