// One story of a newspaper page: title block, byline, body, captions, year and quality flags.

/// An article: its title block, byline, body paragraphs and captions, with their source lines.
public struct Article: Sendable {
  /// The file's path as given to the loader.
  public var file: String
  /// The first and last source line of the article (title block included).
  public var lineStart: Int
  public var lineEnd: Int
  /// The line over the headline (`…——`, or an unmarked line over a marked headline).
  public var kicker: String?
  public var headline: String?
  public var subtitle: String?
  /// The source line of the headline.
  public var headlineLine: Int?
  /// The first source line of the kicker and of the subtitle, when there is one.
  public var kickerLine: Int?
  public var subtitleLine: Int?
  public var byline: Byline
  /// Body paragraphs in reading order; a paragraph printed twice is kept once.
  public var paragraphs: [Paragraph]
  /// The first and last source line of the body as printed: from the line where the lede starts
  /// (its `本报讯（…）` dateline included) to the last body line, repeated paragraphs included.
  /// Captions count when there is no other body.
  public var bodyLines: ClosedRange<Int>?
  /// Photo captions, kept apart from the body.
  public var captions: [Paragraph]
  /// Headings inside the body (`【暖心伴考】`, a lone title line within a story), in reading order.
  public var crossHeads: [CrossHead] = []
  public var year: Int?
  public var yearEvidence: YearEvidence
  /// The year the page prints in its masthead or header, if it prints one: the present that the
  /// article's 今年 and 去年 count from, which may be later than the year the article reports on
  /// (`2024年1月15日` over `去年全年…` about 2023).
  public var printedYear: Int?
  public var flags: [QualityFlag]

  public init(
    file: String, lineStart: Int, lineEnd: Int, kicker: String? = nil, headline: String? = nil,
    subtitle: String? = nil, headlineLine: Int? = nil, byline: Byline = Byline(), paragraphs: [Paragraph] = [],
    captions: [Paragraph] = [], year: Int? = nil, yearEvidence: YearEvidence = YearEvidence(.unresolved),
    flags: [QualityFlag] = []
  ) {
    self.file = file
    self.lineStart = lineStart
    self.lineEnd = lineEnd
    self.kicker = kicker
    self.headline = headline
    self.subtitle = subtitle
    self.headlineLine = headlineLine
    self.byline = byline
    self.paragraphs = paragraphs
    self.bodyLines = nil
    self.captions = captions
    self.year = year
    self.yearEvidence = yearEvidence
    self.flags = flags
  }

  /// The headline, or the first words of the body when there is none.
  public var title: String {
    if let headline { return headline }
    return String((paragraphs.first ?? captions.first)?.text.prefix(20) ?? "")
  }
}

/// A heading inside an article's body: the paragraphs after it, up to the next, are its section.
public struct CrossHead: Hashable, Sendable {
  /// The heading as normalised.
  public var text: String
  public var line: Int
  /// A section's name in square brackets (`【暖心伴考】`), as a review sets out its parts; a plain
  /// line may be a title the segmenter could not place.
  public var isSectionName: Bool

  public init(text: String, line: Int, isSectionName: Bool = false) {
    self.text = text
    self.line = line
    self.isSectionName = isSectionName
  }
}
