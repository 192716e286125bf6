// What the extraction knows about one article: where it is, its year, places and activity types.
import NewsCorpus

/// One article of the parsed model, as reports and the audit show it.
public struct ArticleRecord: Hashable, Sendable {
  public var file: String
  public var lineStart: Int
  public var lineEnd: Int
  public var kicker: String?
  public var headline: String?
  public var subtitle: String?
  public var reporters: [String]
  public var correspondents: [String]
  public var photographers: [String]
  /// 作者单位, when the byline names one.
  public var authorUnit: String?
  public var year: Int?
  /// How the year was found: the reason, quote and line, worded by `Language.yearEvidence(_:year:)`
  /// when a report shows it.
  public var yearEvidence: YearEvidence
  /// Data-quality flags of the segmentation (a repeated paragraph, a fragment, no body…).
  public var flags: [ArticleFlag]
  /// Where the article happens: Beijing districts, 全市, or places outside Beijing.
  public var places: [Scope]
  /// Activity labels, primary first.
  public var activityTypes: [String]
  /// The cue words that matched, per label.
  public var cues: [String: [String]]
  public var paragraphCount: Int

  public init(
    file: String, lineStart: Int, lineEnd: Int, kicker: String? = nil, headline: String?,
    subtitle: String? = nil, reporters: [String] = [], correspondents: [String] = [],
    photographers: [String] = [], authorUnit: String? = nil, year: Int?, yearEvidence: YearEvidence = YearEvidence(.unresolved),
    flags: [ArticleFlag] = [], places: [Scope], activityTypes: [String], cues: [String: [String]] = [:],
    paragraphCount: Int
  ) {
    self.file = file
    self.lineStart = lineStart
    self.lineEnd = lineEnd
    self.kicker = kicker
    self.headline = headline
    self.subtitle = subtitle
    self.reporters = reporters
    self.correspondents = correspondents
    self.photographers = photographers
    self.authorUnit = authorUnit
    self.year = year
    self.yearEvidence = yearEvidence
    self.flags = flags
    self.places = places
    self.activityTypes = activityTypes
    self.cues = cues
    self.paragraphCount = paragraphCount
  }

  /// The primary activity type, or `其他`.
  public var primaryType: String { activityTypes.first ?? "其他" }

  /// The headline, or a stand-in that says there is none: `（无标题）` / `(no headline)`.
  public func title(_ l: Language) -> String { l.headline(headline) }

  /// `file:lineStart-lineEnd`.
  public var location: String { "\(file):\(lineStart)-\(lineEnd)" }
}
