// Loading the parsed model from a folder of article dumps.
import Foundation
import NewsCorpus

extension ParsedCorpus {
  /// Every article, fact and station mention of the dumps in `folder`.
  ///
  /// Throws when the folder cannot be read; a bad file becomes an error diagnostic and the rest loads.
  public static func load(from folder: String) throws -> ParsedCorpus {
    ParsedCorpus(try Corpus.load(from: folder))
  }

  /// Extracts facts from a segmented corpus, article by article.
  public init(_ corpus: Corpus) {
    let extractor = FactExtractor(programmeStarts: Self.programmeStarts(of: corpus))
    var articles: [ArticleRecord] = []
    var facts: [Fact] = []
    var mentions: [StationMention] = []
    for article in corpus.articles {
      let extraction = extractor.extract(article)
      articles.append(extraction.record)
      facts += extraction.facts
      mentions += extraction.stationMentions
    }
    self.init(
      files: corpus.documents.map(FileSummary.init), articles: articles, facts: facts,
      stationMentions: mentions,
      diagnostics: corpus.diagnostics.map {
        Diagnostic(file: $0.location.file, line: $0.location.line, severity: $0.severity == .error ? .error : .warning, message: $0.message)
      })
  }

  /// Programme start years by programme id: the corpus states them under the programme's quoted
  /// name (`从2015年…“暖心伴考”`), which the lexicon resolves to its id.
  static func programmeStarts(of corpus: Corpus) -> [String: Int] {
    var starts: [String: Int] = [:]
    for (name, year) in ProgrammeStarts.collect(from: corpus.documents).years {
      for mention in ProgrammeLexicon.shipped.mentions(in: name) where mention.programme.kind == .programme {
        starts[mention.programme.id] = min(starts[mention.programme.id] ?? year, year)
      }
    }
    return starts
  }
}

extension ParsedCorpus.FileSummary {
  init(_ document: Document) {
    let size = (try? FileManager.default.attributesOfItem(atPath: document.file)[.size] as? Int) ?? 0
    self.init(
      file: (document.file as NSString).lastPathComponent, bytes: size,
      encoding: document.encoding.rawValue, year: document.year, articleCount: document.articles.count)
  }
}
