import Foundation

/// Reads one input (a file path or "-" for standard input) into bytes, refusing what cannot be an
/// article before any parsing: a missing path, an empty input, one over the size limit.
public enum InputFile {
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case notFound(String)
        case unreadable(String, String)
        case empty(String)
        case tooLarge(String, size: Int, limit: Int)

        public var description: String {
            switch self {
            case .notFound(let p): return "\(p): no such file or directory"
            case .unreadable(let p, let why): return "\(p): cannot be read (\(why))"
            case .empty(let p): return "\(p): the input is empty"
            case .tooLarge(let p, let size, let limit):
                return "\(p): \(size) bytes is over the size limit of \(limit) bytes (raise it with --max-bytes)"
            }
        }
    }

    /// The default size limit: 64 MiB, above any real article page and its markup.
    public static let defaultMaxBytes = 64 << 20

    public static func read(_ path: String, maxBytes: Int = defaultMaxBytes) throws(Failure) -> [UInt8] {
        if path == "-" { return try readStandardInput(maxBytes: maxBytes) }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw .notFound(path) }
        if isDir.boolValue { throw .unreadable(path, "it is a directory") }
        let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
        if size > maxBytes { throw .tooLarge(path, size: size, limit: maxBytes) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(path, "permission denied") }
        defer { try? handle.close() }
        let data: Data
        do { data = try handle.readToEnd() ?? Data() } catch { throw .unreadable(path, "\(error)") }
        if data.isEmpty { throw .empty(path) }
        if data.count > maxBytes { throw .tooLarge(path, size: data.count, limit: maxBytes) }
        return [UInt8](data)
    }

    /// The rest of standard input after `prefix` (bytes a caller already read while sniffing the format).
    public static func readStandardInput(prefix: [UInt8] = [], maxBytes: Int = defaultMaxBytes) throws(Failure) -> [UInt8] {
        var bytes = prefix
        while let chunk = try? FileHandle.standardInput.read(upToCount: 1 << 16), !chunk.isEmpty {
            bytes.append(contentsOf: chunk)
            if bytes.count > maxBytes { throw .tooLarge("stdin", size: bytes.count, limit: maxBytes) }
        }
        if bytes.isEmpty || bytes.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) { throw .empty("stdin") }
        return bytes
    }

    /// Every regular file under `path` (recursively, sorted, hidden files skipped), or `path` itself.
    public static func expand(_ path: String) -> [String] {
        var isDir: ObjCBool = false
        guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else { return [path] }
        guard let walker = FileManager.default.enumerator(atPath: path) else { return [path] }
        var files: [String] = []
        while let rel = walker.nextObject() as? String {
            if rel.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            let full = (path as NSString).appendingPathComponent(rel)
            var d: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &d), !d.boolValue { files.append(full) }
        }
        return files.sorted()
    }
}
