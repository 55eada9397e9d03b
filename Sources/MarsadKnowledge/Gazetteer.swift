import Foundation

/// The gazetteer: places with coordinates, countries, organisations, groups and media with their Arabic and
/// English names, variants and nisba adjectives, compiled on load into hash tables keyed by folded name.
///
/// Built from real sources by `scripts/build_gazetteer.py` (see docs/sources/knowledge.md); immutable once
/// loaded, so one instance is shared by every thread.
public final class Gazetteer: Sendable {
    /// Loaded once, lazily, from the module's resources. If the resource cannot be read the gazetteer is
    /// empty and `loadError` says why (analysis goes on without entities rather than failing every document).
    public static let shared: Gazetteer = {
        do { return try Gazetteer(resources: KnowledgeResources.directory) }
        catch { return Gazetteer(entries: [], lexicons: Lexicons(), loadError: "\(error)") }
    }()

    public let entries: [KnowledgeEntry]
    public let lexicons: Lexicons
    /// Why the resources could not be read, when they could not.
    public let loadError: String?
    /// Folded name (words separated by one space) → entries.
    let names: [FoldedKey: [Int32]]
    /// Folded masculine singular nisba ("اذربيجاني", "كوري شمالي") → countries.
    let nisbas: [FoldedKey: [Int32]]
    /// Consonant skeleton of a name (see `NameSkeleton`) → entries, for transliteration variants.
    let skeletons: [FoldedKey: [Int32]]
    /// First words of two-word nisbas ("كوري" of "كوري شمالي").
    let nisbaFirstWords: Set<FoldedKey>
    /// `NameHash.phrase` filters of the tables above: a miss proves the key absent without building it.
    @usableFromInline let nameHashes: HashSet64
    @usableFromInline let namePrefixHashes: HashSet64
    /// Names and name prefixes together: whether a word can begin a name at all.
    @usableFromInline let nameStartHashes: HashSet64
    @usableFromInline let skeletonHashes: HashSet64
    /// Skeletons and skeleton prefixes together: whether a word's skeleton can begin a variant at all.
    @usableFromInline let skeletonStartHashes: HashSet64
    @usableFromInline let skeletonPrefixHashes: HashSet64
    @usableFromInline let nisbaHashes: HashSet64
    @usableFromInline let nisbaFirstWordHashes: HashSet64
    /// Most words in any name.
    public let maxNameWords: Int
    /// Country code → index of the country entry.
    let countryIndex: [String: Int32]

    /// Loads `gazetteer.tsv`, `common_words.tsv`, `person_names.tsv` and `lexicons.tsv` from a directory.
    public convenience init(resources dir: URL) throws {
        let gaz = try KnowledgeResources.read(dir.appendingPathComponent("gazetteer.tsv"))
        let common = try KnowledgeResources.read(dir.appendingPathComponent("common_words.tsv"))
        let lex = try KnowledgeResources.read(dir.appendingPathComponent("lexicons.tsv"))
        let people = try KnowledgeResources.read(dir.appendingPathComponent("person_names.tsv"))
        self.init(entries: try GazetteerFile.parse(gaz), lexicons: Lexicons(lexiconTSV: lex, commonWords: common, personNames: people),
                  loadError: nil)
    }

    public init(entries: [KnowledgeEntry], lexicons: Lexicons, loadError: String? = nil) {
        self.entries = entries
        self.lexicons = lexicons
        self.loadError = loadError
        var names: [FoldedKey: [Int32]] = [:]
        var nisbas: [FoldedKey: [Int32]] = [:]
        var skeletons: [FoldedKey: [Int32]] = [:]
        var countryIndex: [String: Int32] = [:]
        names.reserveCapacity(entries.count * 2)
        var maxWords = 1
        for (i, e) in entries.enumerated() {
            let idx = Int32(i)
            if e.type == .country, let c = e.country { countryIndex[c] = idx }
            let skeletonOK = (e.type != .city || e.population >= 100_000 || e.isCapital) && !e.exactNamesOnly
            var seen: [String] = []
            for n in e.names {
                let k = NameFold.key(n)
                guard !k.isEmpty, !seen.contains(k) else { continue }
                seen.append(k)
                names[FoldedKey(k), default: []].append(idx)
                maxWords = max(maxWords, k.utf8.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) })
                if skeletonOK, !e.needsMediaCue {
                    let s = NameSkeleton.of(k)
                    // a leading و/ف may be the conjunction on any word ("ونزل" is "and descended", not the
                    // skeleton of "ونزوئلا"), so such a skeleton needs one consonant more
                    let first = s.unicodeScalars.first
                    // (a person's name is short and many names share four consonants: "موغيريني" is no "ماكرون")
                    let minimum = first == "\u{0648}" || first == "\u{0641}" || e.type == .person ? 5 : 4
                    if NameSkeleton.strength(s) >= minimum { skeletons[FoldedKey(s), default: []].append(idx) }
                }
            }
            for n in e.nisbas {
                let k = NameFold.key(n)
                let fk = FoldedKey(k)
                if !k.isEmpty, !(nisbas[fk]?.contains(idx) ?? false) { nisbas[fk, default: []].append(idx) }
            }
        }
        // A skeleton shared with an exact name of another entry would turn a real name into a variant of a
        // different one; such skeletons are dropped.
        for (s, ids) in skeletons {
            if let exact = names[s], !exact.allSatisfy({ ids.contains($0) }) { skeletons[s] = nil }
        }
        /// `NameHash.phrase` of every proper word prefix of the multiword keys ("مجلس", "مجلس الامن" of
        /// "مجلس الامن الدولي"), chained from the word hashes: no prefix string is built.
        func prefixHashes<S: Sequence>(_ keys: S) -> [UInt64] where S.Element == FoldedKey {
            var out: [UInt64] = []
            for k in keys {
                var key = k.string
                key.withUTF8 { p in
                    var h: UInt64 = 0, first = true, start = 0
                    for i in 0..<p.count where p[i] == 0x20 {
                        if i > start {
                            let w = NameHash.wordBackward(p, from: start, to: i)
                            h = first ? w : NameHash.join(h, w)
                            first = false
                            out.append(h)
                        }
                        start = i + 1
                    }
                }
            }
            return out
        }
        let nisbaFirstWords = Set(nisbas.keys.filter { $0.string.utf8.contains(0x20) }
            .compactMap { $0.string.split(separator: " ").first.map { FoldedKey(String($0)) } })
        self.nisbaFirstWords = nisbaFirstWords
        func hashes<S: Sequence>(_ keys: S) -> [UInt64] where S.Element == FoldedKey { keys.map { NameHash.phrase($0.string) } }
        let nameHashList = hashes(names.keys), prefixHashList = prefixHashes(names.keys)
        self.nameHashes = HashSet64(nameHashList)
        self.namePrefixHashes = HashSet64(prefixHashList)
        self.nameStartHashes = HashSet64(nameHashList + prefixHashList)
        let skeletonHashList = hashes(skeletons.keys), skeletonPrefixHashList = prefixHashes(skeletons.keys)
        self.skeletonHashes = HashSet64(skeletonHashList)
        self.skeletonStartHashes = HashSet64(skeletonHashList + skeletonPrefixHashList)
        self.skeletonPrefixHashes = HashSet64(skeletonPrefixHashList)
        self.nisbaHashes = HashSet64(hashes(nisbas.keys))
        self.nisbaFirstWordHashes = HashSet64(hashes(nisbaFirstWords))
        self.names = names
        self.nisbas = nisbas
        self.skeletons = skeletons
        self.maxNameWords = maxWords
        self.countryIndex = countryIndex
    }

    /// Where the built resources are (for a fresh load, e.g. to measure it).
    public static var resourceDirectory: URL { KnowledgeResources.directory }

    /// Whether a folded phrase begins a longer name.
    public func beginsTwoWordNisba(_ key: String) -> Bool { nisbaFirstWords.contains(FoldedKey(key)) }

    /// Hash filters (`NameHash.phrase` of the folded key): false proves the matching string lookup would fail.
    @inlinable @inline(__always) public func mayBeName(hash h: UInt64) -> Bool { nameHashes.contains(h) }
    /// Word prefixes of multiword names and skeletons are kept as hashes only: a 64-bit collision would let a
    /// match try a longer phrase, which the exact lookup of that phrase then refuses.
    @inlinable @inline(__always) public func mayBeNamePrefix(hash h: UInt64) -> Bool { namePrefixHashes.contains(h) }
    /// A name or the beginning of a longer one.
    @inlinable @inline(__always) public func mayBeginName(hash h: UInt64) -> Bool { nameStartHashes.contains(h) }
    @inlinable @inline(__always) public func mayBeSkeleton(hash h: UInt64) -> Bool { skeletonHashes.contains(h) }
    @inlinable @inline(__always) public func mayBeginSkeleton(hash h: UInt64) -> Bool { skeletonStartHashes.contains(h) }
    @inlinable @inline(__always) public func mayBeSkeletonPrefix(hash h: UInt64) -> Bool { skeletonPrefixHashes.contains(h) }
    @inlinable @inline(__always) public func mayBeNisba(hash h: UInt64) -> Bool { nisbaHashes.contains(h) }
    @inlinable @inline(__always) public func mayBeginTwoWordNisba(hash h: UInt64) -> Bool { nisbaFirstWordHashes.contains(h) }

    /// Entries named exactly by a folded key.
    public func entries(named key: String) -> [Int32] { names[FoldedKey(key)] ?? [] }
    /// Countries whose masculine singular nisba is this folded key.
    public func countries(nisba key: String) -> [Int32] { nisbas[FoldedKey(key)] ?? [] }
    /// Entries whose consonant skeleton is this one.
    public func entries(skeleton: String) -> [Int32] { skeletons[FoldedKey(skeleton)] ?? [] }
    public func country(_ code: String) -> KnowledgeEntry? { countryIndex[code].map { entries[Int($0)] } }

    /// Entries named by an ordinary name as written (folded here): "الأمم المتحدة", "Yerevan".
    public func lookup(_ name: String) -> [KnowledgeEntry] { entries(named: NameFold.key(name)).map { entries[Int($0)] } }
}

/// Locates and reads the module's resource files.
enum KnowledgeResources {
    /// The copied `Resources` folder: the bundle's resource directory itself on Linux, a subfolder on Apple platforms.
    static var directory: URL {
        let base = Bundle.module.resourceURL ?? Bundle.module.bundleURL
        let nested = base.appendingPathComponent("Resources")
        return FileManager.default.fileExists(atPath: nested.appendingPathComponent("gazetteer.tsv").path) ? nested : base
    }

    struct Unreadable: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "gazetteer resource \(path): \(reason)" }
    }

    static func read(_ url: URL) throws -> String {
        do { return try String(contentsOf: url, encoding: .utf8) }
        catch { throw Unreadable(path: url.path, reason: "\(error)") }
    }
}

/// The format of `gazetteer.tsv` (written by scripts/build_gazetteer.py): one entity a line,
/// `id type name nameAr country lat lon population sector flags names nisba`, lists '|'-separated.
enum GazetteerFile {
    struct Malformed: Error, CustomStringConvertible {
        let line: Int
        let reason: String
        var description: String { "gazetteer.tsv line \(line): \(reason)" }
    }

    /// A plain decimal ("-12.3456") read exactly as `Double(String)` reads it, or nil for anything else (which
    /// that initialiser then reads): at most 15 digits make an integer a Double holds exactly, and dividing it
    /// by an exact power of ten rounds once, correctly. `Double(String)` cost a fifth of the file's parse.
    static func decimal(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        guard !b.isEmpty else { return nil }
        var i = 0, negative = false
        if b[0] == 0x2D { negative = true; i = 1 }
        var mantissa: Int64 = 0, digits = 0, fraction = -1
        while i < b.count {
            let c = b[i]
            if c == 0x2E, fraction < 0 { fraction = 0; i += 1; continue }
            guard c >= 0x30, c <= 0x39, digits < 15 else { return nil }
            mantissa = mantissa * 10 + Int64(c - 0x30)
            digits += 1
            if fraction >= 0 { fraction += 1 }
            i += 1
        }
        guard digits > 0 else { return nil }
        let value = Double(mantissa) / GazetteerFile.powersOfTen[max(0, fraction)]
        return negative ? -value : value
    }
    static let powersOfTen: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]

    static func parse(_ text: String) throws -> [KnowledgeEntry] {
        var out: [KnowledgeEntry] = []
        out.reserveCapacity(27_000)
        var lineNo = 0
        var text = text
        return try text.withUTF8 { (buf: UnsafeBufferPointer<UInt8>) throws -> [KnowledgeEntry] in
            // Byte-level: split lines on \n and fields on \t (both ASCII, never inside a UTF-8 sequence).
            func str(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: buf[r]), as: UTF8.self) }
            func list(_ r: Range<Int>, separator: UInt8 = 0x7C) -> [String] {
                var items: [String] = []
                var a = r.lowerBound
                for i in r where buf[i] == separator { if i > a { items.append(str(a..<i)) }; a = i + 1 }
                if r.upperBound > a { items.append(str(a..<r.upperBound)) }
                return items
            }
            var lineStart = 0
            var fields: [Range<Int>] = []
            fields.reserveCapacity(12)
            while lineStart < buf.count {
                var lineEnd = lineStart
                while lineEnd < buf.count, buf[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                lineNo += 1
                if lineEnd == lineStart || buf[lineStart] == 0x23 { continue }
                fields.removeAll(keepingCapacity: true)
                var a = lineStart
                for i in lineStart..<lineEnd where buf[i] == 0x09 { fields.append(a..<i); a = i + 1 }
                fields.append(a..<lineEnd)
                guard fields.count == 12 else { throw Malformed(line: lineNo, reason: "\(fields.count) fields, expected 12") }
                guard let type = KnowledgeType(rawValue: str(fields[1])) else {
                    throw Malformed(line: lineNo, reason: "unknown type \(str(fields[1]))")
                }
                let flags = fields[9].isEmpty ? [] : list(fields[9], separator: 0x2C)
                func opt(_ r: Range<Int>) -> String? { r.isEmpty ? nil : str(r) }
            func decimal(_ r: Range<Int>) -> Double? { GazetteerFile.decimal(UnsafeBufferPointer(rebasing: buf[r])) }
                out.append(KnowledgeEntry(
                    id: str(fields[0]), type: type, name: str(fields[2]),
                    nameAr: opt(fields[3]), country: opt(fields[4]),
                    lat: decimal(fields[5]) ?? opt(fields[5]).flatMap(Double.init), lon: decimal(fields[6]) ?? opt(fields[6]).flatMap(Double.init),
                    population: Int(str(fields[7])) ?? 0,
                    sector: opt(fields[8]),
                    isCapital: flags.contains("capital"),
                    needsMediaCue: flags.contains("cue:media"),
                    isMinor: flags.contains("minor"),
                    exactNamesOnly: flags.contains("exact"),
                    names: list(fields[10]), nisbas: list(fields[11])))
            }
            return out
        }
    }
}
