import ArgumentParser

/// The `marsad` command line: a thin layer over the library targets.
@main
struct Marsad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marsad",
        abstract: "Turn news pages into a structured, geolocated record of who did what to whom, where and when, and who says so.",
        subcommands: [AnalyzeCommand.self, EvalCommand.self, BenchCommand.self,
                      IngestCommand.self, SearchCommand.self, EventsCommand.self, EntitiesCommand.self, StoriesCommand.self, ExportCommand.self,
                      MinHashBenchCommand.self]
    )
}
