import ArgumentParser
import Foundation
import MarsadAnalysis
import MarsadExtract

/// `marsad analyze`: documents in, records out. Files, directories (recursively) and "-" (stdin).
/// One bad document is reported on stderr with its name and reason and never stops the batch.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyze articles into marsad.record/1 JSON records.",
        discussion: """
        Exit status: 0 all documents analysed; 1 some documents failed (the others were written); \
        3 an input could not be read; 4 empty input; 5 invalid UTF-8 (use --lossy); 6 input over --max-bytes.
        """)

    @Argument(help: "Files or directories to analyse, or - for standard input.")
    var paths: [String]

    @Option(help: "Publication date (ISO 8601) when the page does not give one; relative dates resolve against it.")
    var published: String?

    @Option(help: "Output format: json, jsonl.")
    var format: OutputFormat = .json

    @Flag(help: "Indent JSON output.")
    var pretty = false

    @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of refusing the input.")
    var lossy = false

    @Option(help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int = InputFile.defaultMaxBytes

    func run() throws {
        let analyzer = Analyzer()
        let out = RecordWriter(format: format, pretty: pretty)
        var firstFailure: ExitCode?
        var failed = 0
        let inputs = paths.flatMap(InputFile.expand)
        for path in inputs {
            do {
                let bytes = try InputFile.read(path, maxBytes: maxBytes)
                let text: String
                if lossy {
                    let decoded = UTF8Validation.decodeLossy(bytes)
                    if decoded.replaced > 0 { Diagnostics.warn("\(path): replaced \(decoded.replaced) invalid UTF-8 sequence(s) with U+FFFD") }
                    text = decoded.text
                } else {
                    text = try UTF8Validation.decode(bytes)
                }
                let document = TextPage.document(from: text, name: path == "-" ? "stdin" : path)
                out.write(analyzer.analyze(document, publishedOverride: published))
            } catch let e as InputFile.Failure {
                failed += 1
                Diagnostics.error(e.description)
                firstFailure = firstFailure ?? e.exitCode
            } catch let e as UTF8Validation.Failure {
                failed += 1
                Diagnostics.error("\(path): \(e.description) (use --lossy to replace invalid sequences)")
                firstFailure = firstFailure ?? ExitStatus.invalidUTF8
            }
        }
        out.finish()
        if failed > 0 && inputs.count > 1 { Diagnostics.error("\(failed) of \(inputs.count) inputs failed; the others were written") }
        // A lone input that failed says why in its exit status; in a batch, 1 says "some failed".
        if let firstFailure { throw inputs.count == 1 ? firstFailure : ExitCode.failure }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, jsonl
}

enum ExitStatus {
    static let unreadable = ExitCode(3)
    static let empty = ExitCode(4)
    static let invalidUTF8 = ExitCode(5)
    static let tooLarge = ExitCode(6)
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
