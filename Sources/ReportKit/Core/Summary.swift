// The Markdown summary printed by every report and saved as <name>.md.
import Analysis
import Extraction

/// A report's text summary: title, question, inputs, findings, data quality and the sheet list.
public struct Summary: Sendable {
  public var name: String
  public var title: String
  public var question: String
  public var inputs: String
  public var findings: [String]
  public var quality: QualityReview
  public var sheets: [(name: String, about: String)]
  public var language: Language

  public var markdown: String {
    var lines = ["# \(title)", ""]
    lines.append(language("本报告回答：", "Question: ") + question)
    lines.append("")
    lines.append(language("数据：", "Data: ") + inputs + language("。", "."))
    lines += ["", language("## 主要发现", "## Key findings"), ""]
    lines += findings.isEmpty
      ? [language("（语料中没有本报告所需的数字。）", "(The corpus has no figures for this report.)")]
      : findings.enumerated().map { "\($0.offset + 1). \($0.element)" }
    lines += ["", language("## 数据质量", "## Data quality"), "", qualityLine]
    lines += ["", language("## 工作簿", "## Workbook") + " `\(name).xlsx`", ""]
    lines += sheets.map { "- **\($0.name)**：\($0.about)" }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `待核查 12 条：数据冲突 2 条、年份不详 10 条（见“数据质量”表）。`, or for a topic report
  /// `本报告所用 40 篇文章中待核查 12 条：…`.
  var qualityLine: String {
    let issues = quality.issues
    let scope: (zh: String, en: String) =
      switch quality.coverage {
      case .corpus: ("", "")
      case .sourceArticles(let n): ("本报告所用 \(n) 篇文章中", " in the \(n) articles this report uses")
      }
    guard !issues.isEmpty else { return language("\(scope.zh)没有待核查的问题。", "Nothing to double-check\(scope.en).") }
    var perKind: [QualityIssue.Kind: Int] = [:]
    for issue in issues { perKind[issue.kind, default: 0] += 1 }
    let counts = QualityIssue.Kind.allCases.compactMap { kind in
      perKind[kind].map { language("\(kind.rawValue) \($0) 条", "\(kind.englishName): \($0)") }
    }
    return language(
      "\(scope.zh)待核查 \(issues.count) 条：\(counts.joined(separator: "、"))（见“数据质量”表）。",
      "\(issues.count) items to double-check\(scope.en) — \(counts.joined(separator: ", ")) (sheet 数据质量).")
  }
}

extension QualityIssue.Kind {
  /// The English name for `--lang en`.
  public var englishName: String {
    switch self {
    case .conflict: "conflicting figures"
    case .inputError: "input file errors"
    case .repeatedParagraph: "repeated paragraphs"
    case .fragment: "fragments"
    case .headlineMismatch: "headline does not match the body"
    case .displacedBody: "body printed away from its headline"
    case .noBody: "no body text"
    case .noHeadline: "no headline"
    case .unknownYear: "unknown year"
    }
  }
}
