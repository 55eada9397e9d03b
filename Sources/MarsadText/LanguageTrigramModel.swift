/// Character-trigram log-probabilities of Latin-script languages (`LanguageTrigramData`, from the
/// langdetect profiles), laid out for the identifier's hot loop: a trigram's row of log-probabilities,
/// one per language, with each language's floor for trigrams it did not list.
struct LanguageTrigramModel: Sendable {
    let languages: [String]
    let rows: [UInt64: Int]          // packed trigram → row
    let logp: [Float]                // rows × languages.count

    static let shared = LanguageTrigramModel()

    /// Three scalars below U+0800, 11 bits each; space (U+0020) marks a word boundary.
    @inline(__always) static func key(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt64 {
        UInt64(a) << 22 | UInt64(b) << 11 | UInt64(c)
    }

    private init() {
        var languages: [String] = []
        var entries: [(lang: Int, key: UInt64, logp: Float)] = []
        for line in TextLines.lines(LanguageTrigramData.table) {
            let f = TextLines.fields(line)
            guard f.count == 3, let lp = Float(f[2]) else { continue }
            let s = f[1].unicodeScalars.map(\.value)
            guard s.count == 3, s.allSatisfy({ $0 < 0x800 }) else { continue }
            let lang = String(f[0])
            if languages.last != lang { languages.append(lang) }
            entries.append((languages.count - 1, Self.key(s[0], s[1], s[2]), lp))
        }
        var floor = [Float](repeating: 0, count: languages.count)
        for e in entries { floor[e.lang] = Swift.min(floor[e.lang], e.logp) }
        var rows: [UInt64: Int] = [:]
        for e in entries where rows[e.key] == nil { rows[e.key] = rows.count }
        var logp = [Float](repeating: 0, count: rows.count * languages.count)
        for r in 0..<rows.count { for l in 0..<languages.count { logp[r * languages.count + l] = floor[l] - 1 } }
        for e in entries { logp[rows[e.key]! * languages.count + e.lang] = e.logp }
        self.languages = languages
        self.rows = rows
        self.logp = logp
    }
}
