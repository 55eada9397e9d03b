import ArgumentParser
import Foundation
import MarsadAnalysis
import MarsadExtract

/// `marsad analyze`: documents in, records out. Files, directories (recursively) and "-" (stdin); any
/// input format (detected from content, or `--input`). One bad document is reported on stderr with its
/// name and reason and never stops the batch.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyze articles (text, HTML, JSONL, RSS/Atom, WARC; gzip too) into marsad.record/1 records.",
        discussion: """
        Exit status: 0 all documents analysed; 1 some documents failed (the others were written); for a \
        single input: 3 unreadable or missing, 4 empty, 5 invalid UTF-8 in a text input (use --lossy or \
        --encoding), 6 over --max-bytes, 7 no document could be extracted.
        Streaming: `marsad analyze --input jsonl - --format jsonl` reads JSON Lines on stdin and writes one \
        record per line as it goes, in bounded memory (a mapper for Spark's RDD.pipe or Hadoop Streaming).
        """)

    @Argument(help: "Files or directories to analyse, or - for standard input.")
    var paths: [String]

    @Option(help: "Input format instead of detecting it: text, html, jsonl, feed, warc.")
    var input: InputFormat?

    @Option(help: "Publication date (ISO 8601) when the page does not give one; relative dates resolve against it.")
    var published: String?

    @Option(help: "Output format: json, jsonl, acled-csv, plover.")
    var format: OutputFormat = .json

    @Flag(help: "Indent JSON output.")
    var pretty = false

    @Flag(help: "Text input: replace invalid UTF-8 with U+FFFD instead of refusing the input.")
    var lossy = false

    @Option(help: "Text input: decode with this charset (e.g. windows-1256, iso-8859-6) instead of UTF-8.")
    var encoding: String?

    @Option(help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int = InputFile.defaultMaxBytes

    func validate() throws {
        if let encoding, Charset(label: encoding) == nil { throw ValidationError("unknown charset '\(encoding)'") }
    }

    func run() throws {
        var analyzer: Analyzer?   // built on the first document: a refused input costs no resource loading
        let out = RecordWriter(format: format, pretty: pretty)
        var tally = Tally()
        let inputs = paths.flatMap(InputFile.expand)
        for path in inputs {
            let name = path == "-" ? "stdin" : path
            let emit: (Result<Document, ExtractionError>) -> Void = { result in
                switch result {
                case .success(let doc):
                    if analyzer == nil { analyzer = Analyzer() }
                    out.write(analyzer!.analyze(doc, publishedOverride: published ?? doc.published))
                    tally.documents += 1
                case .failure(let e):
                    Diagnostics.error(e.description)
                    tally.failedDocuments += 1
                }
            }
            do {
                let bytes: [UInt8]
                if path == "-" {
                    let stdin = LineReader(handle: .standardInput)
                    if stdinIsJSONL(stdin) { streamJSONL(stdin, emit); continue }
                    bytes = try InputFile.readStandardInput(prefix: stdin.drainBuffered(), maxBytes: maxBytes)
                } else {
                    bytes = try InputFile.read(path, maxBytes: maxBytes)
                }
                let chosen = input ?? DocumentReader.detectFormat(bytes, name: name)
                let before = tally.documents
                if chosen == .text && !Gzip.isGzip(bytes) {
                    emit(.success(TextPage.document(from: try decodeText(bytes, name: name), name: name)))
                } else {
                    DocumentReader.read(bytes, name: name, format: chosen, each: emit)
                }
                if tally.documents == before { tally.note(inputs.count == 1 ? ExitStatus.nothingExtracted : .failure) }
            } catch let e as InputFile.Failure {
                Diagnostics.error(e.description)
                tally.note(e.exitCode)
            } catch let e as UTF8Validation.Failure {
                Diagnostics.error("\(name): \(e.description) (use --lossy to replace invalid sequences, or --encoding)")
                tally.note(ExitStatus.invalidUTF8)
            }
        }
        out.finish()
        if tally.failedInputs + tally.failedDocuments > 0 && (inputs.count > 1 || tally.documents > 0) {
            Diagnostics.error("\(tally.failedInputs) of \(inputs.count) inputs and \(tally.failedDocuments) documents failed; \(tally.documents) records were written")
        }
        // A lone input that failed says why in its exit status; in a batch, 1 says "some failed".
        if let first = tally.firstFailure { throw inputs.count == 1 && tally.documents == 0 ? first : ExitCode.failure }
        if tally.failedDocuments > 0 { throw ExitCode.failure }
    }

    /// A text input's characters: strict UTF-8 unless the user chose `--lossy` or `--encoding`.
    func decodeText(_ bytes: [UInt8], name: String) throws -> String {
        if let encoding { return TextDecoder.string(bytes, httpCharset: encoding, html: false) }
        if lossy {
            let decoded = UTF8Validation.decodeLossy(bytes)
            if decoded.replaced > 0 { Diagnostics.warn("\(name): replaced \(decoded.replaced) invalid UTF-8 sequence(s) with U+FFFD") }
            return decoded.text
        }
        return try UTF8Validation.decode(bytes)
    }

    /// Standard input is streamed as JSON Lines when `--input jsonl` says so, or, with no `--input`,
    /// when its first byte opens a JSON object.
    func stdinIsJSONL(_ stdin: LineReader) -> Bool {
        if let input { return input == .jsonl }
        return stdin.peekFirstNonSpace() == UInt8(ascii: "{")
    }

    /// One line at a time, so memory stays bounded however long the stream is.
    func streamJSONL(_ stdin: LineReader, _ emit: (Result<Document, ExtractionError>) -> Void) {
        var lineNumber = 0
        while let line = stdin.nextLine() {
            lineNumber += 1
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            if line.count > maxBytes {
                emit(.failure(ExtractionError(document: "stdin:\(lineNumber)", reason: "line of \(line.count) bytes is over the size limit")))
                continue
            }
            DocumentReader.read(line, name: "stdin:\(lineNumber)", format: .jsonl, each: emit)
        }
    }
}

/// Counts for the closing summary and the exit status.
struct Tally {
    var documents = 0
    var failedDocuments = 0
    var failedInputs = 0
    var firstFailure: ExitCode?
    mutating func note(_ code: ExitCode) { failedInputs += 1; firstFailure = firstFailure ?? code }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, jsonl
    case acledCSV = "acled-csv"
    case plover
}

extension InputFormat: ExpressibleByArgument {}

enum ExitStatus {
    static let unreadable = ExitCode(3)
    static let empty = ExitCode(4)
    static let invalidUTF8 = ExitCode(5)
    static let tooLarge = ExitCode(6)
    static let nothingExtracted = ExitCode(7)
}

extension InputFile.Failure {
    var exitCode: ExitCode {
        switch self {
        case .notFound, .unreadable: return ExitStatus.unreadable
        case .empty: return ExitStatus.empty
        case .tooLarge: return ExitStatus.tooLarge
        }
    }
}

enum Diagnostics {
    static func error(_ message: String) { FileHandle.standardError.write(Data("marsad: error: \(message)\n".utf8)) }
    static func warn(_ message: String) { FileHandle.standardError.write(Data("marsad: warning: \(message)\n".utf8)) }
}
