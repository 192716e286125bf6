// The JSON shape of one article printed by `corpus articles --format jsonl`.
import Extraction
import NewsCorpus

/// `{"file", "line_start", "line_end", "kicker", "headline", "subtitle", "byline", "year",
/// "year_evidence", "paragraphs", "flags", "districts", "activity_types", "cues"}`.
struct ArticleJSON: Encodable {
  struct BylineRecord: Encodable {
    var reporters: [String]
    var correspondents: [String]
    var photographers: [String]
    var unit: String?
  }

  struct EvidenceRecord: Encodable {
    var kind: String
    var quote: String
    var line: Int?
    var note: String
  }

  struct ParagraphRecord: Encodable {
    var line_start: Int
    var line_end: Int
    var text: String
  }

  var file: String
  var line_start: Int
  var line_end: Int
  var kicker: String?
  var headline: String?
  var subtitle: String?
  var byline: BylineRecord
  var year: Int?
  var year_evidence: EvidenceRecord
  var paragraphs: [ParagraphRecord]
  var captions: [ParagraphRecord]
  var flags: [String]
  /// Where the article happens: district names, 全市, or places outside Beijing.
  var districts: [String]
  /// Activity labels, primary first, and the cue words that matched each.
  var activity_types: [String]
  var cues: [String: [String]]

  init(_ article: Article, extracted record: Extraction.ArticleRecord) {
    file = article.file
    line_start = article.lineStart
    line_end = article.lineEnd
    kicker = article.kicker
    headline = article.headline
    subtitle = article.subtitle
    byline = BylineRecord(
      reporters: article.byline.reporters, correspondents: article.byline.correspondents,
      photographers: article.byline.photographers, unit: article.byline.unit)
    year = article.year
    let evidence = article.yearEvidence
    year_evidence = EvidenceRecord(
      kind: evidence.kind.rawValue, quote: evidence.quote, line: evidence.line, note: Language.zh.yearReason(evidence, year: year))
    paragraphs = article.paragraphs.map { ParagraphRecord(line_start: $0.lines.lowerBound, line_end: $0.lines.upperBound, text: $0.text) }
    captions = article.captions.map { ParagraphRecord(line_start: $0.lines.lowerBound, line_end: $0.lines.upperBound, text: $0.text) }
    flags = article.flags.map(\.description)
    districts = record.places.map(\.label)
    activity_types = record.activityTypes
    cues = record.cues
  }

  // NB: keep `null` for missing kicker/headline/subtitle/year so every record has every key.
  func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(file, forKey: .file)
    try c.encode(line_start, forKey: .line_start)
    try c.encode(line_end, forKey: .line_end)
    try c.encode(kicker, forKey: .kicker)
    try c.encode(headline, forKey: .headline)
    try c.encode(subtitle, forKey: .subtitle)
    try c.encode(byline, forKey: .byline)
    try c.encode(year, forKey: .year)
    try c.encode(year_evidence, forKey: .year_evidence)
    try c.encode(paragraphs, forKey: .paragraphs)
    try c.encode(captions, forKey: .captions)
    try c.encode(flags, forKey: .flags)
    try c.encode(districts, forKey: .districts)
    try c.encode(activity_types, forKey: .activity_types)
    try c.encode(cues, forKey: .cues)
  }

  enum CodingKeys: String, CodingKey {
    case file, line_start, line_end, kicker, headline, subtitle, byline, year, year_evidence, paragraphs, captions, flags
    case districts, activity_types, cues
  }
}
