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
    let names: [String: [Int32]]
    /// Folded masculine singular nisba ("اذربيجاني", "كوري شمالي") → countries.
    let nisbas: [String: [Int32]]
    /// Consonant skeleton of a name (see `NameSkeleton`) → entries, for transliteration variants.
    let skeletons: [String: [Int32]]
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
        var names: [String: [Int32]] = [:]
        var nisbas: [String: [Int32]] = [:]
        var skeletons: [String: [Int32]] = [:]
        var countryIndex: [String: Int32] = [:]
        names.reserveCapacity(entries.count * 2)
        var maxWords = 1
        for (i, e) in entries.enumerated() {
            let idx = Int32(i)
            if e.type == .country, let c = e.country { countryIndex[c] = idx }
            let skeletonOK = e.type != .city || e.population >= 100_000 || e.isCapital
            var seen = Set<String>()
            for n in e.names {
                let k = NameFold.key(n)
                guard !k.isEmpty, seen.insert(k).inserted else { continue }
                names[k, default: []].append(idx)
                maxWords = max(maxWords, k.utf8.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) })
                if skeletonOK, !e.needsMediaCue {
                    let s = NameSkeleton.of(k)
                    if NameSkeleton.strength(s) >= 4 { skeletons[s, default: []].append(idx) }
                }
            }
            for n in e.nisbas {
                let k = NameFold.key(n)
                if !k.isEmpty, !(nisbas[k]?.contains(idx) ?? false) { nisbas[k, default: []].append(idx) }
            }
        }
        // A skeleton shared with an exact name of another entry would turn a real name into a variant of a
        // different one; such skeletons are dropped.
        for (s, ids) in skeletons {
            if let exact = names[s], !exact.allSatisfy({ ids.contains($0) }) { skeletons[s] = nil }
        }
        self.names = names
        self.nisbas = nisbas
        self.skeletons = skeletons
        self.maxNameWords = maxWords
        self.countryIndex = countryIndex
    }

    /// Entries named exactly by a folded key.
    public func entries(named key: String) -> [Int32] { names[key] ?? [] }
    /// Countries whose masculine singular nisba is this folded key.
    public func countries(nisba key: String) -> [Int32] { nisbas[key] ?? [] }
    /// Entries whose consonant skeleton is this one.
    public func entries(skeleton: String) -> [Int32] { skeletons[skeleton] ?? [] }
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

    static func parse(_ text: String) throws -> [KnowledgeEntry] {
        var out: [KnowledgeEntry] = []
        out.reserveCapacity(26_000)
        var lineNo = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count == 12 else { throw Malformed(line: lineNo, reason: "\(f.count) fields, expected 12") }
            guard let type = KnowledgeType(rawValue: String(f[1])) else {
                throw Malformed(line: lineNo, reason: "unknown type \(f[1])")
            }
            let flags = f[9].split(separator: ",")
            out.append(KnowledgeEntry(
                id: String(f[0]), type: type, name: String(f[2]),
                nameAr: f[3].isEmpty ? nil : String(f[3]),
                country: f[4].isEmpty ? nil : String(f[4]),
                lat: Double(f[5]), lon: Double(f[6]),
                population: Int(f[7]) ?? 0,
                sector: f[8].isEmpty ? nil : String(f[8]),
                isCapital: flags.contains("capital"),
                needsMediaCue: flags.contains("cue:media"),
                isMinor: flags.contains("minor"),
                names: f[10].split(separator: "|").map(String.init),
                nisbas: f[11].split(separator: "|").map(String.init)))
        }
        return out
    }
}
