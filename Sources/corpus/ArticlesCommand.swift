// `corpus articles`: the segmented articles of the dumps, as a table or as JSON lines.
import ArgumentParser
import Foundation
import Extraction
import NewsCorpus

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

  func run() throws {
    let corpus = try Corpus.load(from: seeds)
    var output = FileHandleOutput()
    switch format {
    case .jsonl:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      let records = ParsedCorpus(corpus).articles
      for (article, record) in zip(corpus.articles, records) {
        let data = try encoder.encode(ArticleJSON(article, extracted: record))
        output.write(String(decoding: data, as: UTF8.self) + "\n")
      }
    case .table:
      for document in corpus.documents {
        output.write("# \(document.file) (\(document.encoding.rawValue), year \(document.year.map(String.init) ?? "?"))\n")
        for article in document.articles {
          let body = article.bodyLines.map { "\($0.lowerBound)-\($0.upperBound)" } ?? "-"
          let flags = article.flags.map(\.kind.rawValue).joined(separator: ",")
          output.write(
            "\(article.lineStart)-\(article.lineEnd)\tbody \(body)\t\(article.year.map(String.init) ?? "?")"
              + "[\(article.yearEvidence.kind.rawValue)]\t\(article.headline ?? "(no headline)")\t\(flags)\n")
        }
      }
    }
    output.flush()
    for diagnostic in corpus.diagnostics {
      FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
    }
    if corpus.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode.failure }
  }
}

/// Buffered standard output (one write per 64 KB, not per article).
struct FileHandleOutput {
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
