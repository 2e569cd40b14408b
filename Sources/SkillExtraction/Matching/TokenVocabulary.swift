/// The token keys the lexicon's names are made of, each with a small integer id.
///
/// Looking keys up is the matcher's inner loop: one lookup per token of every line. The table is
/// open-addressed and hashed with FNV-1a over the key's UTF-8 bytes, which for short words costs a
/// fraction of `Dictionary<String, _>`'s seeded SipHash; the ids then let the trie step by array
/// index instead of hashing strings again.
struct TokenVocabulary: Sendable {
    private(set) var keys: [String] = []
    /// Each slot packs an id (low 32 bits) with the high 32 bits of its key's hash, so a probe
    /// compares strings only when the hashes agree; an empty slot is `UInt64.max`. Most words of
    /// a resume are in no name, and their probes end at an empty slot without a string compare.
    /// The count is a power of two, at least four times the number of keys.
    private var slots = [UInt64](repeating: .max, count: 1024)

    /// The id of `key`, adding it when it is new.
    mutating func insert(_ key: String) -> Int32 {
        if let id = id(of: key) { return id }
        if (keys.count + 1) * 4 > slots.count { grow() }
        let id = Int32(keys.count)
        keys.append(key)
        place(id, hash: Self.hash(key))
        return id
    }

    /// The id of `key`, or nil when no name of the lexicon has it.
    func id(of key: String) -> Int32? {
        let hash = Self.hash(key)
        let mask = slots.count - 1
        let fingerprint = hash >> 32
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == .max { return nil }
            if entry >> 32 == fingerprint {
                let id = Int32(truncatingIfNeeded: entry)
                if keys[Int(id)] == key { return id }
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func place(_ id: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != .max { slot = (slot + 1) & mask }
        slots[slot] = (hash >> 32) << 32 | UInt64(UInt32(bitPattern: id))
    }

    private mutating func grow() {
        slots = [UInt64](repeating: .max, count: slots.count * 2)
        for (id, key) in keys.enumerated() { place(Int32(id), hash: Self.hash(key)) }
    }

    /// FNV-1a over the UTF-8 bytes, with the high bits folded into the low ones (the table
    /// indexes by the low bits).
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
