import Foundation

/// Locates the development data that sits beside the repository (`../shared`), as CI lays it out.
/// Tests that need it call `try SharedData.url("data/articles/ant-news-politics.jsonl")`; where the
/// folder is absent (a user with only the repo) they are skipped with a message, never silently passed.
public enum SharedData {
    public struct Missing: Error, CustomStringConvertible {
        public let path: String
        public var description: String { "development data not found at \(path) (../shared beside the repo)" }
    }

    /// The repository root, found from this file's compile-time path.
    public static var repoRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    public static var root: URL {
        if let env = ProcessInfo.processInfo.environment["MARSAD_SHARED"] { return URL(fileURLWithPath: env) }
        return repoRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }

    public static func url(_ relative: String) throws -> URL {
        let u = root.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: u.path) else { throw Missing(path: u.path) }
        return u
    }

    public static func string(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }

    /// The `text` fields of the first `limit` articles of the real Arabic corpus.
    public static func corpusTexts(limit: Int = .max) throws -> [String] {
        let raw = try string("data/articles/ant-news-politics.jsonl")
        var out: [String] = []
        for line in raw.split(separator: "\n") where out.count < limit {
            if let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
               let t = obj["text"] as? String { out.append(t) }
        }
        return out
    }
}
