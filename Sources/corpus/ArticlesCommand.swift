// `corpus articles`: the segmented articles of the dumps, as a table or as JSON lines.
import ArgumentParser
import Foundation
import Extraction
import NewsCorpus
import ReportKit

/// `corpus articles`: one line or JSON object per article.
struct ArticlesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "articles", abstract: "List the articles of the dumps, with bylines, years and quality flags.")

  /// How to print the articles.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, jsonl
  }

  @Option(help: "Folder of article dumps.") var seeds = "seeds"
  @Option(help: "Output format: table or jsonl.") var format: Format = .table
  @Flag(help: "No progress line on standard error (it shows only on a terminal, after two seconds, while the listing goes to a file or pipe).")
  var quiet = false

  func run() throws {
    let format = format
    // NB: a listing printed on the terminal shows its own progress; the line would cut into it.
    let progress = ProgressLine(quiet: quiet || isatty(STDOUT_FILENO) == 1)
    // NB: streamed file by file in file order, each file rendered on a worker: an archive's
    // articles are never all in memory.
    let pipeline = try CorpusPipeline(folder: seeds, progress: progress.update)
    let printed = pipeline.documents(into: Printed()) { file in
      format.lines(of: file)
    } inOrder: { printed, result in
      switch result {
      case .success(let lines): printed.output.write(lines)
      case .failure(let diagnostic): printed.diagnostics.append(diagnostic)
      }
    }
    var output = printed.output
    output.flush()
    progress.finish()
    for diagnostic in printed.diagnostics {
      FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
    }
    if printed.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode.failure }
  }

  /// What the run has printed so far, and the files it could not read.
  struct Printed: Sendable {
    var output = FileHandleOutput()
    var diagnostics: [CorpusDiagnostic] = []
  }
}

extension ArticlesCommand.Format {
  /// One file's lines: a heading and a row per article (table), or an object per article (jsonl).
  func lines(of file: CorpusPipeline.ReadFile) -> String {
    let document = file.document
    switch self {
    case .jsonl:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      return zip(document.articles, file.records()).map { article, record in
        // NB: `try!`: an article's fields are strings and integers, which JSONEncoder always encodes.
        String(decoding: try! encoder.encode(ArticleJSON(article, extracted: record)), as: UTF8.self) + "\n"
      }.joined()
    case .table:
      var lines = "# \(document.file) (\(document.encoding.rawValue), year \(document.year.map(String.init) ?? "?"))\n"
      for article in document.articles {
        let body = article.bodyLines.map { "\($0.lowerBound)-\($0.upperBound)" } ?? "-"
        let flags = article.flags.map(\.kind.rawValue).joined(separator: ",")
        lines += "\(article.lineStart)-\(article.lineEnd)\tbody \(body)\t\(article.year.map(String.init) ?? "?")"
          + "[\(article.yearEvidence.kind.rawValue)]\t\(article.headline ?? "(no headline)")\t\(flags)\n"
      }
      return lines
    }
  }
}

/// Buffered standard output (one write per 64 KB, not per article).
struct FileHandleOutput: Sendable {
  var buffer: [UInt8] = []
  static let chunk = 1 << 16

  mutating func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= FileHandleOutput.chunk { flush() }
  }

  mutating func flush() {
    FileHandle.standardOutput.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }
}
