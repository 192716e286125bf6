// An article's quality flags as staff read them: one entry per kind of problem, with its lines.
import Extraction
import NewsCorpus

/// The flags of one article grouped by ``QualityIssue/Kind`` (repeated paragraphs and repeated
/// clauses together, fragments and truncations together), in the 数据质量 sheet's order.
public struct ArticleFlagGroup: Hashable, Sendable {
  public var kind: QualityIssue.Kind
  /// The article's flags, of every kind: the group words only those of its own kind.
  ///
  /// NB: the article's own array, shared rather than filtered into a copy, so the corpus-wide
  /// list of groups costs no allocation per article.
  public var flags: [ArticleFlag]

  public init(kind: QualityIssue.Kind, flags: [ArticleFlag]) {
    self.kind = kind
    self.flags = flags
  }

  /// The groups of `flags`, each kind once.
  public static func groups(of flags: [ArticleFlag]) -> [ArticleFlagGroup] {
    var groups: [ArticleFlagGroup] = []
    guard !flags.isEmpty else { return groups }
    // NB: `flagOrder` follows the kinds' order, so each kind's flags come together.
    for flag in flagOrder where flags.contains(where: { $0.kind == flag }) {
      let kind = QualityIssue.Kind(flag)
      if groups.last?.kind != kind { groups.append(ArticleFlagGroup(kind: kind, flags: flags)) }
    }
    return groups
  }

  /// What was seen and where, e.g. `第12、40行整段重复前文，只计一次；第77行有一句重复前文，只计一次` or
  /// `lines 12, 40 repeat earlier text, counted once; line 77 repeats a sentence of earlier text, counted once`.
  public func detail(_ l: Language) -> String {
    Self.flagOrder.compactMap { flag -> String? in
      guard QualityIssue.Kind(flag) == kind else { return nil }
      let lines = flags.filter { $0.kind == flag }.map(\.line)
      return lines.isEmpty ? nil : Self.describe(flag, lines: lines, l)
    }
    .joined(separator: l("；", "; "))
  }

  /// The flag kinds in the order their descriptions are joined.
  static let flagOrder: [QualityFlag.Kind] = [
    .repeatedParagraph, .repeatedText, .fragment, .truncated, .headlineMismatch, .displacedBody, .noBody, .noHeadline,
  ]

  /// One kind of flag at `lines`: `第12、40行整段重复前文，只计一次` / `lines 12, 40 repeat earlier text, counted once`.
  static func describe(_ flag: QualityFlag.Kind, lines: [Int], _ l: Language) -> String {
    switch l {
    case .zh:
      let at = "第" + lines.map(String.init).joined(separator: "、") + "行"
      return switch flag {
      case .repeatedParagraph: at + "整段重复前文，只计一次"
      case .repeatedText: at + "有一句重复前文，只计一次"
      case .fragment: at + "的段落开头不完整，前文缺失"
      case .truncated: at + "的段落在句中断开，后文缺失"
      case .headlineMismatch: at + "的标题与正文没有共同的关键词"
      case .displacedBody: at + "的标题，正文印在别的文章之后"
      case .noBody: at + "只有标题，没有正文"
      case .noHeadline: "有正文，没有标题（" + at + "起）"
      }
    case .en:
      let one = lines.count == 1
      let at = (one ? "line " : "lines ") + lines.map(String.init).joined(separator: ", ")
      // NB: the verb agrees with the lines: `line 5 repeats`, `lines 5, 9 repeat`.
      let s = one ? "s" : ""
      return switch flag {
      case .repeatedParagraph: "\(at) repeat\(s) earlier text, counted once"
      case .repeatedText: "\(at) repeat\(s) a sentence of earlier text, counted once"
      case .fragment: "\(at) start\(s) mid-sentence, the text before is missing"
      case .truncated: "\(at) stop\(s) mid-sentence, the text after is missing"
      case .headlineMismatch: "the headline at \(at) shares no key word with the body"
      case .displacedBody: "the headline at \(at) has its body printed after another story"
      case .noBody: "\(at): a headline with no body"
      case .noHeadline: "a body with no headline (from \(at))"
      }
    }
  }
}

extension QualityIssue.Kind {
  /// The kind of a segmentation flag.
  public init(_ flag: QualityFlag.Kind) {
    switch flag {
    case .repeatedParagraph, .repeatedText: self = .repeatedParagraph
    case .fragment, .truncated: self = .fragment
    case .headlineMismatch: self = .headlineMismatch
    case .displacedBody: self = .displacedBody
    case .noBody: self = .noBody
    case .noHeadline: self = .noHeadline
    }
  }
}
