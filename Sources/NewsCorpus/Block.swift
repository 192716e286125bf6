// The pieces a page is made of once lines are classified: titles, bylines, paragraphs, labels.

/// A line of a title block (kicker, headline, subtitle or cross-head).
struct TitleLine: Sendable {
  enum Kind: Hashable, Sendable { case heading(level: Int), kicker, plain }
  var line: SourceLine
  var kind: Kind
  /// Where the title starts in the line's normalised text: after a label such as `原标题：`.
  var from = 0
  /// The first title line under a rule drawn across the page: it opens a story, whatever the layout.
  var underRule = false
  /// The normalised text (letter-spacing collapsed).
  var text: String { from == 0 ? line.normalized.string : String(scalars: line.normalized.scalars[from...]) }
  var isHeading: Bool { if case .heading = kind { true } else { false } }
  var isKicker: Bool { if case .kicker = kind { true } else { false } }
}

/// A body paragraph before it becomes a `Paragraph`.
struct ParagraphDraft: Sendable {
  var pieces: [LinePiece]
  /// The last piece ends a sentence.
  var endsSentence: Bool
  /// The first piece starts mid-sentence (it follows a cut).
  var startsMidSentence = false
  /// A photo credit after the text (`本报记者 甲 摄`), on the same or the next line.
  var credit: Byline? = nil
  /// `（作者单位：…）` after the text.
  var unit: String? = nil
  /// The credit stood on a line of its own under the text: the text is a photo caption.
  var creditOnOwnLine = false
  /// A credited text that opens the page over the first headline: that story's photo caption.
  var printedAboveTitle = false
  /// The text is set as a photo caption, apart from its story's body.
  var isSetAsCaption: Bool { credit != nil && (creditOnOwnLine || printedAboveTitle) }
  /// A photo caption that opens with a mark pointing at its photo (`▲`, `图为`, `上图：`).
  var pointsAtItsPhoto: Bool {
    guard isPhotoCaption, let first = pieces.first?.scalars.drop(while: \.isHorizontalSpace) else { return false }
    return Self.photoMarks.contains { first.starts(with: $0) }
  }
  static let photoMarks = ["▲", "△", "↑", "图为", "上图", "下图", "左图", "右图", "图：", "图:", "图/"].map { Array($0.unicodeScalars) }
  /// A list's lead-in (it ends with a colon) or one of its rows (`ListRow`): complete without
  /// a sentence end.
  var isListPart = false
  /// Ends where its text ends: with a sentence, a credit, the author's unit, or as part of a list.
  var isComplete: Bool { endsSentence || credit != nil || unit != nil || isListPart }
  /// A table's or a figure's note (`注：数据截至2018年12月31日。`): it closes what it annotates, so the
  /// title after it opens the next story, never a cross-head of the one above.
  var isNote: Bool {
    guard let first = pieces.first?.scalars.drop(while: \.isHorizontalSpace) else { return false }
    return Self.noteMarks.contains { first.starts(with: $0) }
  }
  static let noteMarks = ["注：", "注:", "备注：", "备注:", "说明：", "说明:", "数据来源："].map { Array($0.unicodeScalars) }
  /// A paragraph that a photographer's credit ends (`…送上饮用水。 本报记者 王刚 摄`).
  var isPhotoCaption: Bool { credit?.isPhotoCreditOnly ?? false }
  var firstLine: Int { pieces.first?.line.number ?? 0 }
  var lastLine: Int { pieces.last?.line.number ?? 0 }
}

/// One classified element of a page, in reading order.
enum Block: Sendable {
  /// Consecutive title-like lines.
  case titles([TitleLine])
  /// A byline on its own (or the byline part of a line), with its lines.
  case byline(Byline, lines: ClosedRange<Int>)
  case paragraph(ParagraphDraft)
  /// A banner, column label or dateline: not part of any article's text.
  case label(SourceLine)

  var firstLine: Int {
    switch self {
    case .titles(let lines): lines.first?.line.number ?? 0
    case .byline(_, let lines): lines.lowerBound
    case .paragraph(let draft): draft.firstLine
    case .label(let line): line.number
    }
  }

  var isParagraph: Bool { if case .paragraph = self { true } else { false } }
  /// Whether every line of a byline or paragraph is a repeat of an earlier line of the page.
  func repeatsEarlierLines(_ repeated: LineNumbers) -> Bool {
    switch self {
    case .byline(_, let lines): lines.allSatisfy(repeated.contains)
    case .paragraph(let draft): !draft.pieces.isEmpty && draft.pieces.allSatisfy { repeated.contains($0.line.number) }
    case .titles, .label: false
    }
  }
  /// A paragraph a photographer's credit ends, alone (`…送上饮用水。 本报记者 王刚 摄`).
  var isPhotoCaption: Bool {
    if case .paragraph(let paragraph) = self { paragraph.isPhotoCaption } else { false }
  }
  var isByline: Bool { if case .byline = self { true } else { false } }
  var isTitles: Bool { if case .titles = self { true } else { false } }
  var isLabel: Bool { if case .label = self { true } else { false } }
}
