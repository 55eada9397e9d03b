/// Why one document (a file, a WARC record, a feed item, a JSONL line) could not become a `Document`.
/// It names the document so a batch can report it and go on with the next one.
public struct ExtractionError: Error, Sendable, CustomStringConvertible, Equatable {
    public let document: String
    public let reason: String

    public init(document: String, reason: String) {
        self.document = document
        self.reason = reason
    }

    public var description: String { "\(document): \(reason)" }
}

/// The kinds of input `DocumentReader` understands.
public enum InputFormat: String, Sendable, CaseIterable {
    case text, html, jsonl, feed, warc
}
