// The options every report takes: where the seeds are, where the outputs go, which language.
import ArgumentParser
import Extraction

/// `[--seeds seeds] [--out reports] [--lang zh|en] [--quiet]`, shared by every `report-*`.
public struct ReportOptions: ParsableArguments, Sendable {
  @Option(help: "Folder of newspaper article dumps (*.txt) to read.")
  public var seeds = "seeds"

  @Option(help: "Folder for <name>.xlsx and <name>.md; created if missing.")
  public var out = "reports"

  @Option(help: "Language of the summary and of the workbook's headers and sentences: zh (Chinese) or en (English).")
  public var lang: Language = .zh

  @Flag(help: "Don't print the summary to standard output.")
  public var quiet = false

  public init() {}
}

/// `--lang zh|en`.
extension Language: ExpressibleByArgument {}
