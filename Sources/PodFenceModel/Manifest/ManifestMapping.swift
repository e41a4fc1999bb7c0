/// One key of a mapping, with its value and where the key was written.
public struct ManifestEntry: Sendable, Hashable {
    /// The key.
    public var key: String
    /// Where the key starts in the source, when read from text.
    public var keyMark: SourceMark?
    /// The value.
    public var value: ManifestNode

    /// Creates an entry.
    /// - Parameters:
    ///   - key: The key.
    ///   - value: The value.
    ///   - keyMark: Where the key starts in the source.
    public init(key: String, value: ManifestNode, keyMark: SourceMark? = nil) {
        self.key = key
        self.value = value
        self.keyMark = keyMark
    }

    /// Compares keys and values, ignoring marks.
    public static func == (lhs: ManifestEntry, rhs: ManifestEntry) -> Bool {
        lhs.key == rhs.key && lhs.value == rhs.value
    }

    /// Hashes the key and the value, ignoring marks.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(value)
    }
}

/// A mapping with string keys that keeps the order in which its keys were written. Keys are unique: the
/// readers refuse duplicates, and setting a key through its subscript replaces in place.
///
/// Model types keep the fields they do not know in a mapping of this type (`unknownFields`), so that nothing a
/// user wrote is lost when an object is read and written back.
public struct ManifestMapping: Sendable, Hashable, ExpressibleByDictionaryLiteral, RandomAccessCollection {
    /// The entries in written order.
    public private(set) var entries: [ManifestEntry]

    /// Creates a mapping from entries (later duplicates replace earlier ones).
    /// - Parameter entries: The entries.
    public init(_ entries: [ManifestEntry] = []) {
        self.entries = []
        self.entries.reserveCapacity(entries.count)
        for entry in entries { self.append(entry) }
    }

    /// Creates a mapping from entries the caller knows to have unique keys (the readers check duplicates
    /// before building a mapping).
    /// - Parameter entries: The entries, with unique keys.
    public init(uniqueEntries entries: [ManifestEntry]) {
        self.entries = entries
    }

    /// Creates a mapping from a literal.
    /// - Parameter elements: Keys and values.
    public init(dictionaryLiteral elements: (String, ManifestNode)...) {
        self.init(elements.map { ManifestEntry(key: $0.0, value: $0.1) })
    }

    /// The index of the first entry.
    public var startIndex: Int { entries.startIndex }
    /// The index after the last entry.
    public var endIndex: Int { entries.endIndex }
    /// The entry at a position.
    /// - Parameter position: The position.
    public subscript(position: Int) -> ManifestEntry { entries[position] }

    /// The keys in written order.
    public var keys: [String] { entries.map(\.key) }

    /// The entry for a key.
    /// - Parameter key: The key.
    /// - Complexity: O(n).
    public func entry(forKey key: String) -> ManifestEntry? {
        entries.first { $0.key == key }
    }

    /// The value of a key. Setting replaces the value in place (keeping the key's position), appends a new
    /// key, or removes the key when set to nil.
    /// - Parameter key: The key.
    /// - Complexity: O(n).
    public subscript(key: String) -> ManifestNode? {
        get { entry(forKey: key)?.value }
        set {
            let index = entries.firstIndex { $0.key == key }
            switch (index, newValue) {
            case (let index?, let value?): entries[index].value = value
            case (let index?, nil): entries.remove(at: index)
            case (nil, let value?): entries.append(ManifestEntry(key: key, value: value))
            case (nil, nil): break
            }
        }
    }

    /// Two mappings are equal when they have the same keys with equal values, whatever the order in which the
    /// keys were written (YAML and JSON give key order no meaning).
    /// - Complexity: O(n²) for n keys; mappings in manifests are small.
    public static func == (lhs: ManifestMapping, rhs: ManifestMapping) -> Bool {
        guard lhs.entries.count == rhs.entries.count else { return false }
        if lhs.entries == rhs.entries { return true }
        return lhs.entries.allSatisfy { entry in rhs[entry.key] == entry.value }
    }

    /// Hashes the entries independently of their order.
    public func hash(into hasher: inout Hasher) {
        var combined = 0
        for entry in entries {
            var entryHasher = Hasher()
            entryHasher.combine(entry)
            combined ^= entryHasher.finalize()
        }
        hasher.combine(entries.count)
        hasher.combine(combined)
    }

    /// Adds an entry, or replaces the value of an existing key in place.
    /// - Parameter entry: The entry.
    public mutating func append(_ entry: ManifestEntry) {
        if let index = entries.firstIndex(where: { $0.key == entry.key }) {
            entries[index] = entry
        } else {
            entries.append(entry)
        }
    }

    /// Adds the entries of another mapping whose keys this one does not have; keys present in both keep this
    /// mapping's value.
    /// - Parameter other: The mapping to merge in.
    public mutating func merge(missingFrom other: ManifestMapping) {
        for candidate in other.entries where self.entry(forKey: candidate.key) == nil {
            entries.append(candidate)
        }
    }
}
