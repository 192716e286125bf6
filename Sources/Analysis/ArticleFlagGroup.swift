// An article's quality flags as staff read them: one entry per kind of problem, with its lines.
import Extraction
import NewsCorpus

/// The flags of one article grouped by ``QualityIssue/Kind`` (repeated paragraphs and repeated
/// clauses together, fragments and truncations together), in the 数据质量 sheet's order.
public struct ArticleFlagGroup: Hashable, Sendable {
  public var kind: QualityIssue.Kind
  /// What was seen and where, e.g. `第12、40行整段重复前文，只计一次`.
  public var detail: String

  /// The groups of `flags`, each kind once.
  public static func groups(of flags: [ArticleFlag]) -> [ArticleFlagGroup] {
    var groups: [ArticleFlagGroup] = []
    guard !flags.isEmpty else { return groups }
    // NB: `flagOrder` follows the kinds' order, so each kind's flags come together.
    for flag in flagOrder {
      let lines = flags.filter { $0.kind == flag }.map(\.line)
      guard !lines.isEmpty else { continue }
      let kind = QualityIssue.Kind(flag)
      let text = describe(flag, lines: lines)
      if groups.last?.kind == kind { groups[groups.count - 1].detail += "；" + text } else {
        groups.append(ArticleFlagGroup(kind: kind, detail: text))
      }
    }
    return groups
  }

  /// The flag kinds in the order their descriptions are joined.
  static let flagOrder: [QualityFlag.Kind] = [
    .repeatedParagraph, .repeatedText, .fragment, .truncated, .headlineMismatch, .displacedBody, .noBody, .noHeadline,
  ]

  static func describe(_ flag: QualityFlag.Kind, lines: [Int]) -> String {
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
