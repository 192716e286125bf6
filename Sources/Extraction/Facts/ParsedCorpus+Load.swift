// Loading the parsed model from a folder of article dumps.
import Foundation
import NewsCorpus

extension ParsedCorpus {
  /// Every article, fact and station mention of the dumps in `folder`, streamed over every core
  /// (see ``CorpusPipeline``).
  ///
  /// Throws when the folder cannot be read; a bad file becomes an error diagnostic and the rest loads.
  public static func load(
    from folder: String, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
    progress: (@Sendable (LoadProgress) -> Void)? = nil
  ) throws -> ParsedCorpus {
    try CorpusPipeline(folder: folder, workers: workers, progress: progress).run()
  }

  /// Extracts facts from a corpus segmented in memory, article by article, on one thread: the
  /// reference the streaming pipeline is tested against.
  public init(_ corpus: Corpus) {
    let starts = ProgrammeStarts.collect(from: corpus.documents)
    let extractor = FactExtractor(programmeStarts: Self.programmeIds(starts))
    var articles: [ArticleRecord] = []
    var facts: [Fact] = []
    var mentions: [StationMention] = []
    for article in corpus.articles {
      let extraction = extractor.extract(article)
      articles.append(extraction.record)
      facts += extraction.facts
      mentions += extraction.stationMentions
    }
    let files = corpus.documents.map { document in
      FileSummary(document, bytes: (try? FileManager.default.attributesOfItem(atPath: document.file)[.size] as? Int) ?? 0)
    }
    self.init(
      files: files, articles: articles, facts: facts, stationMentions: mentions,
      diagnostics: corpus.diagnostics.map(Diagnostic.init))
  }

  /// Programme start years by programme id: the corpus states them under the programme's quoted
  /// name (`从2015年…“暖心伴考”`), which the lexicon resolves to its id.
  static func programmeIds(_ starts: ProgrammeStarts) -> [String: Int] {
    var ids: [String: Int] = [:]
    for (name, year) in starts.years {
      for mention in ProgrammeLexicon.shipped.mentions(in: name) where mention.programme.kind == .programme {
        ids[mention.programme.id] = min(ids[mention.programme.id] ?? year, year)
      }
    }
    return ids
  }
}

extension ParsedCorpus.FileSummary {
  init(_ document: Document, bytes: Int) {
    self.init(
      file: (document.file as NSString).lastPathComponent, bytes: bytes,
      encoding: document.encoding.rawValue, year: document.year, articleCount: document.articles.count)
  }
}

extension ParsedCorpus.Diagnostic {
  init(_ diagnostic: CorpusDiagnostic) {
    self.init(
      file: diagnostic.location.file, line: diagnostic.location.line,
      severity: diagnostic.severity == .error ? .error : .warning, message: diagnostic.message)
  }
}
