// End to end on the seeds in English: the toolkit's own words follow --lang en, quotes stay as printed.
import Analysis
import Extraction
import Foundation
import ReportKit
import Testing
import XlsxReader

@Suite(.serialized, .enabled(if: parsedCorpusIsReal, needsExtractor))
struct EnglishSeedTests {
  /// Year evidence, flags and the 数据质量 details are worded when the workbook is written; once
  /// the text the seeds print is taken out of them, no Chinese is left.
  @Test func englishWorkbooksWordTheModelInEnglish() throws {
    let scratch = try Scratch()
    let run = try Run.executable("corpus", ["reports", "--seeds", Package.seeds, "--out", scratch.path, "--lang", "en", "--quiet"])
    #expect(run.status == 0, "\(run.error)")
    let source = try SourceText(ParsedCorpus.load(from: Package.seeds))

    let audit = try XlsxFile(path: scratch.file("corpus.xlsx")).sheet("文章")
    let evidence = try audit.column(titled: "Year evidence", below: 1)
    #expect(evidence.contains { $0.hasPrefix("relative date: “") && $0.contains("taken as the page's year") })
    #expect(evidence.contains { $0.hasPrefix("anniversary: “") && $0.contains(", which started in ") })
    let flags = try audit.column(titled: "Flags", below: 1)
    #expect(flags.contains { $0.contains("repeated paragraphs: lines 57, 59 repeat earlier text, counted once") })
    let titles = try audit.column(titled: "Headline", below: 1)
    for text in evidence + flags + titles { #expect(source.englishLeft(in: text), "\(text)") }

    var conflicts = 0
    for name in Reports.names {
      let quality = try XlsxFile(path: scratch.file("\(name).xlsx")).sheet("数据质量")
      let details = try quality.column(titled: "Detail", below: 1)
      conflicts += details.filter { $0.hasPrefix("暖心伴考 ") && $0.contains(" Volunteers: ") && $0.contains(") vs ") }.count
      for text in details + (try quality.column(titled: "Article", below: 1)) {
        #expect(source.englishLeft(in: text), "\(name): \(text)")
      }
    }
    #expect(conflicts == 4)  // two in volunteer-growth, the same two in the audit

    // A row's 来源不一致 cell joins its conflicting columns with English punctuation.
    let growth = try XlsxFile(path: scratch.file("volunteer-growth.xlsx")).sheet("年度数据")
    let disagreements = try growth.column(titled: "Sources disagree", below: 1)
    #expect(disagreements.contains { $0.hasPrefix("Volunteers (名): ") && $0.contains(" / ") })
    for text in disagreements { #expect(source.englishLeft(in: text), "\(text)") }

    // Activity types are the toolkit's categories: English names, with the cue words as printed.
    let book = try XlsxFile(path: scratch.file("activity-types.xlsx"))
    let types = try book.sheet("活动类型").column(titled: "Activity type", below: 1)
    #expect(types.contains("Culture and sports") && types.contains("Volunteering"))
    let perArticle = try book.sheet("文章")
    let labelled = try perArticle.column(titled: "All types", below: 1) + perArticle.column(titled: "Primary type", below: 1)
    let cueWords = try perArticle.column(titled: "Cue words", below: 1)
    #expect(cueWords.contains { $0.hasPrefix("Volunteering: ") })
    for text in types + labelled { #expect(!text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(text)") }

    // Counts agree with their nouns, and a sum whose bounds agree is one figure.
    let activity = try String(contentsOfFile: scratch.file("activity-types.md"), encoding: .utf8)
    #expect(activity.contains("(1 article gives a figure, 3 don't)"))
    #expect(!activity.contains(" 1 articles") && !activity.contains("25–25"))
  }
}

/// Every text the seeds print that a workbook may quote: headlines, quotes, names, places, figures.
private struct SourceText {
  /// Longest first, so a quote is taken out before a name inside it.
  let texts: [String]

  init(_ corpus: ParsedCorpus) {
    var texts: Set<String> = Set(StationCategory.programmes.map(\.category) + [StationCategory.otherService])
    for record in corpus.articles {
      texts.formUnion([record.headline, record.kicker, record.subtitle, record.yearEvidence.quote].compactMap { $0 })
      texts.formUnion(record.places.map(\.label))
      if case .anniversary(let programme, _) = record.yearEvidence.reason { texts.insert(programme) }
    }
    for fact in corpus.facts {
      texts.formUnion([fact.surface, fact.quote, fact.article, fact.programme, fact.subtype, fact.unit, fact.scope.label].compactMap { $0 })
    }
    for mention in corpus.stationMentions {
      texts.formUnion([mention.article, mention.programme, mention.kind, mention.quote, mention.scope.label].compactMap { $0 })
    }
    self.texts = texts.filter { !$0.isEmpty }.sorted { ($0.count, $0) > ($1.count, $1) }
  }

  /// Whether `text`, without the seeds' own text, is free of Chinese words and punctuation.
  func englishLeft(in text: String) -> Bool {
    var rest = text
    for source in texts where rest.contains(source) { rest = rest.replacingOccurrences(of: source, with: "") }
    return !rest.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || "：，、；（）".unicodeScalars.contains($0) }
  }
}

extension SheetContent {
  /// The strings of the column whose header (row 1) is `title`, from row `below + 1` down.
  func column(titled title: String, below: Int) throws -> [String] {
    let letter = try #require(column(titled: title), "no column \(title)")
    return cells.compactMap { ref, value -> String? in
      guard ref.hasPrefix(letter), let row = Int(ref.dropFirst(letter.count)), row > below else { return nil }
      return value.string
    }
  }
}
