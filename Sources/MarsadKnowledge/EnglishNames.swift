import Foundation

/// The gazetteer's entities by their English names, for linking English text: each entry's English name
/// and Latin-script names from `gazetteer.tsv`, and the other names and demonyms of
/// `english_names.tsv` ("Republic of Yemen", "Sana'a", "Yemeni", "Armenians"). Keys are `EnglishFold`
/// phrases, so "Sana'a", "Sanaa" and "SANAA" are one key. Built on first use, not at gazetteer load:
/// an Arabic-only run never pays for it.
public final class EnglishNames: Sendable {
    public static let shared: EnglishNames = EnglishNames(gazetteer: .shared, resources: KnowledgeResources.directory)

    /// An entry a phrase names, and whether the phrase is a demonym ("Yemeni" of Yemen) rather than a name.
    public struct Target: Sendable, Equatable {
        public let entry: Int32
        public let demonym: Bool
    }

    public let gazetteer: Gazetteer
    private let index: [String: [Target]]
    /// Every proper word-prefix of an indexed phrase ("united", "united nations" of "united nations security council").
    private let prefixes: Set<String>
    /// Words in the longest phrase.
    public let maxWords: Int
    /// Why `english_names.tsv` could not be read, when it could not (the gazetteer's own names still work).
    public let loadError: String?

    public convenience init(gazetteer: Gazetteer, resources dir: URL) {
        do {
            let tsv = try KnowledgeResources.read(dir.appendingPathComponent("english_names.tsv"))
            self.init(gazetteer: gazetteer, extra: tsv, loadError: nil)
        } catch {
            self.init(gazetteer: gazetteer, extra: "", loadError: "\(error)")
        }
    }

    /// `extra`: rows `id TAB name|demonym TAB surface` (comment lines start with #).
    public init(gazetteer: Gazetteer, extra: String, loadError: String? = nil) {
        self.gazetteer = gazetteer
        self.loadError = loadError
        var index: [String: [Target]] = [:]
        var byID: [String: Int32] = [:]
        var maxWords = 1
        func add(_ surface: Substring, _ entry: Int32, demonym: Bool) {
            let key = EnglishFold.key(surface)
            guard !key.isEmpty else { return }
            let t = Target(entry: entry, demonym: demonym)
            if !(index[key]?.contains(t) ?? false) { index[key, default: []].append(t) }
            maxWords = max(maxWords, key.utf8.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) })
        }
        for (i, e) in gazetteer.entries.enumerated() {
            let idx = Int32(i)
            byID[e.id] = idx
            // m49 world regions have no English surface worth matching, nor have the people of the actor dictionary
            // (Arabic names only); the people of people.tsv have their English name, and their family name alone
            // where an Arabic one stands alone too ("Netanyahu said": a name the news gives no one else)
            guard !e.id.hasPrefix("m49:") else { continue }
            if e.type == .person {
                guard EnglishFold.isLatin(e.name) else { continue }
                add(Substring(e.name), idx, demonym: false)
                if e.names.contains(where: { !$0.contains(" ") }), let family = e.name.split(separator: " ").last, family.count >= 4 {
                    add(family, idx, demonym: false)
                }
                continue
            }
            if EnglishFold.isLatin(e.name) { add(Substring(e.name), idx, demonym: false) }
            for n in e.names where EnglishFold.isLatin(n) { add(Substring(n), idx, demonym: false) }
        }
        for line in extra.split(separator: "\n", omittingEmptySubsequences: true) where line.first != "#" {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 3, let idx = byID[String(cols[0])] else { continue }
            add(cols[2], idx, demonym: cols[1] == "demonym")
        }
        var prefixes = Set<String>()
        for key in index.keys {
            var u = Array(key.utf8)
            while let sp = u.lastIndex(of: 0x20) {
                u.removeSubrange(sp...)
                prefixes.insert(String(decoding: u, as: UTF8.self))
            }
        }
        self.index = index
        self.prefixes = prefixes
        self.maxWords = maxWords
    }

    /// Some indexed phrase continues `key` with more words.
    public func isPrefix(_ key: String) -> Bool { prefixes.contains(key) }

    /// Entries a folded phrase (`EnglishFold.key`) names.
    public func targets(_ key: String) -> [Target] { index[key] ?? [] }
}

/// The fold English names are compared under: lower case, accents dropped ("Şan‘ā’" → "sana"),
/// apostrophes and periods dropped ("Sana'a" → "sanaa", "U.S." → "us"), hyphens and spaces between
/// words made one space ("Nagorno-Karabakh" → "nagorno karabakh").
public enum EnglishFold {
    public static func key<S: StringProtocol>(_ s: S) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for u in s.unicodeScalars {
            if let b = letter(u) {
                if pendingSpace, !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(b)
            } else if let bs = expanded(u) {
                if pendingSpace, !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(contentsOf: bs)
            } else if isJoiner(u) {
                continue
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Lower-case ASCII letter or digit of a Latin scalar (accents dropped), or nil.
    @inline(__always)
    public static func letter(_ u: Unicode.Scalar) -> UInt8? {
        let v = u.value
        switch v {
        case 0x61...0x7A, 0x30...0x39: return UInt8(v)
        case 0x41...0x5A: return UInt8(v + 32)
        case 0xC0...0x24F: return latinBase[Int(v - 0xC0)] == 0 ? nil : latinBase[Int(v - 0xC0)]
        case 0x1E00...0x1EFF: return extendedBase[Int(v - 0x1E00)] == 0 ? nil : extendedBase[Int(v - 0x1E00)]
        default: return nil
        }
    }

    /// Base ASCII letters of precomposed Latin letters (0 for none), from their canonical decomposition;
    /// a few letters without one (ø, đ, ł, ı) by their look.
    private static let latinBase: [UInt8] = baseTable(0xC0...0x24F)
    private static let extendedBase: [UInt8] = baseTable(0x1E00...0x1EFF)

    private static func baseTable(_ range: ClosedRange<UInt32>) -> [UInt8] {
        let plain: [UInt32: UInt8] = [0xD8: 0x6F, 0xF8: 0x6F, 0x110: 0x64, 0x111: 0x64, 0x141: 0x6C, 0x142: 0x6C, 0x131: 0x69, 0xD0: 0x64, 0xF0: 0x64]
        return range.map { v -> UInt8 in
            if let b = plain[v] { return b }
            guard let u = Unicode.Scalar(v) else { return 0 }
            for d in String(u).decomposedStringWithCanonicalMapping.unicodeScalars where d.value < 0x80 {
                switch d.value {
                case 0x61...0x7A: return UInt8(d.value)
                case 0x41...0x5A: return UInt8(d.value + 32)
                default: continue
                }
            }
            return 0
        }
    }

    /// Letters that decompose to two (ß → ss, æ → ae), and ʿayn/hamza transliteration marks (dropped).
    private static func expanded(_ u: Unicode.Scalar) -> [UInt8]? {
        switch u.value {
        case 0xDF: return [0x73, 0x73]
        case 0xC6, 0xE6: return [0x61, 0x65]
        case 0x152, 0x153: return [0x6F, 0x65]
        default: return nil
        }
    }

    /// Marks inside a word that do not separate it: apostrophes, ʿayn/hamza letters, periods of "U.S.".
    @inline(__always)
    public static func isJoiner(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x27, 0x60, 0x2E, 0x2018, 0x2019, 0x02BC, 0x02BB, 0x02BE, 0x02BF, 0x00B4: return true
        default: return false
        }
    }

    /// Written in Latin letters (no Arabic script): a name worth indexing for English text.
    public static func isLatin(_ s: String) -> Bool {
        var letters = 0
        for u in s.unicodeScalars {
            if u.value >= 0x0600 && u.value <= 0x06FF { return false }
            if letter(u) != nil { letters += 1 }
        }
        return letters >= 2
    }
}
