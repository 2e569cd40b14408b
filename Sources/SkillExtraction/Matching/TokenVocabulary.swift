/// The token keys the lexicon's names are made of, each with a small integer id.
///
/// Looking keys up is the matcher's inner loop: one lookup per token of every line. The table is
/// open-addressed and hashed with FNV-1a over the key's UTF-8 bytes, which for short words costs a
/// fraction of `Dictionary<String, _>`'s seeded SipHash; the ids then let the trie step by array
/// index instead of hashing strings again.
struct TokenVocabulary: Sendable {
    private(set) var keys: [String] = []
    /// Each slot packs an id plus one (low 20 bits) with 12 bits of its key's hash, so a probe
    /// compares strings only when those agree; 0 is an empty slot. Most words of a resume are in
    /// no name, and their probes end at an empty slot without a string compare. Four bytes a slot
    /// and a load of at most one half keep the table small enough to stay in cache: a lookup's
    /// cost is mostly waiting for memory.
    private var slots = [UInt32](repeating: 0, count: 1024)

    /// Ids fit in the low bits of a slot.
    private static let idBits: UInt32 = 20

    /// The id of `key`, adding it when it is new.
    mutating func insert(_ key: String) -> Int32 {
        if let id = id(of: key) { return id }
        precondition(keys.count + 1 < 1 << Self.idBits, "too many distinct words in names")
        if (keys.count + 1) * 2 > slots.count { grow() }
        let id = Int32(keys.count)
        keys.append(key)
        place(id, hash: Self.hash(key))
        return id
    }

    /// The id of `key`, or nil when no name of the lexicon has it.
    func id(of key: String) -> Int32? {
        id(of: key, hash: Self.hash(key))
    }

    /// The id of `key`, whose ``hash(_:)`` the caller has worked out.
    func id(of key: String, hash: UInt64) -> Int32? {
        let mask = slots.count - 1
        let fingerprint = Self.fingerprint(hash)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if entry >> Self.idBits == fingerprint {
                let id = Int32(entry & (1 << Self.idBits - 1)) - 1
                if keys[Int(id)] == key { return id }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The hash's top 12 bits (the table indexes by the low ones).
    private static func fingerprint(_ hash: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: hash >> (64 - (32 - idBits)))
    }

    private mutating func place(_ id: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Self.fingerprint(hash) << Self.idBits | UInt32(id + 1)
    }

    private mutating func grow() {
        slots = [UInt32](repeating: 0, count: slots.count * 2)
        for (id, key) in keys.enumerated() { place(Int32(id), hash: Self.hash(key)) }
    }

    /// FNV-1a over the UTF-8 bytes, with the high bits folded into the low ones.
    @inline(__always)
    static func hash(_ key: String) -> UInt64 {
        var hash = hashSeed
        let done: Void? = key.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes { hash = hashStep(hash, byte) }
        }
        if done == nil {
            for byte in key.utf8 { hash = hashStep(hash, byte) }
        }
        return hashFinish(hash)
    }

    /// ``hash(_:)`` in steps, for a caller that has the bytes one at a time: start from the
    /// seed, take each byte, then finish.
    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func hashStep(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    @inline(__always)
    static func hashFinish(_ hash: UInt64) -> UInt64 {
        hash ^ (hash >> 29)
    }
}
