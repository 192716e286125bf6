// A year-end review printed early the next year speaks of the year it reviews.
import ChineseText
import NewsCorpus

/// `总结2024年工作，部署2025年任务` in a report given in January 2025, `数说2023｜朝阳工会这一年` posted on
/// 2024-01-08, `一、2024年工作回顾`: an article that names the year before its page's as the year it
/// reviews speaks of that year. Its figures that name no year are that year's (`全年新建…二十三个`),
/// and so are its 今年 and 全年; its 去年 is the year before. Years the text names stay its own.
///
/// Only the year right before the page's counts, named with a word of review in the article's
/// titles, section heads or first paragraphs, or as 去年 opening a title (`去年本市…超额完成目标任务`):
/// a story that merely recalls a past year (`2019年，…`) reviews nothing.
enum ReviewedYear {
  /// Words of review after the year (`2024年工作回顾`, `2023年度工作总结`, `2023这一年`).
  static let after = ["工作回顾", "工作总结", "年度工作", "工作情况", "成绩单", "盘点", "这一年", "回顾", "总结"]
    .map { Array($0.unicodeScalars) }
  /// Words of review before the year (`总结2024年工作`, `数说2023`, `回顾2024`).
  static let before = ["总结", "回顾", "数说", "盘点", "数读"].map { Array($0.unicodeScalars) }
  /// Paragraphs read from the article's start: a review says so at its top.
  static let leadingParagraphs = 3

  /// The year `article` reviews, when it is the year before `pageYear` (the page's or article's year).
  static func of(_ article: Article, pageYear: Int?) -> Int? {
    guard let pageYear else { return nil }
    let year = pageYear - 1
    let digits = Array(String(year).unicodeScalars)
    var texts: [[Unicode.Scalar]] = [article.kicker, article.headline, article.subtitle].compactMap { $0.map { Array($0.unicodeScalars) } }
    // NB: a title that opens on last year (`去年本市户外劳动者服务站点建设超额完成目标任务`) reviews it too.
    if texts.contains(where: { $0.starts(with: lastYear) }) { return year }
    texts += article.crossHeads.map { Array($0.text.unicodeScalars) }
    texts += article.paragraphs.prefix(leadingParagraphs).map(\.normalizedScalars)
    return texts.contains { reviews($0, year: digits) } ? year : nil
  }

  static let lastYear = Array("去年".unicodeScalars)

  /// Whether `text` names `year` (its digits) with a word of review before or after it.
  static func reviews(_ text: [Unicode.Scalar], year: [Unicode.Scalar]) -> Bool {
    var index = 0
    while index + year.count <= text.count {
      defer { index += 1 }
      guard text[index] == year[0], text[index..<(index + year.count)].elementsEqual(year) else { continue }
      // NB: a longer number is no year (`12024`, `20245`).
      if index > 0, text[index - 1].isASCIIDigit { continue }
      var end = index + year.count
      if end < text.count, text[end].isASCIIDigit { continue }
      if text[end...].starts(with: yearWord) { end += 1 }
      if text[end...].starts(with: yearlyWord) { end += 1 }
      let rest = text[end...].drop { $0.isHorizontalSpace }
      if after.contains(where: { rest.starts(with: $0) }) { return true }
      if before.contains(where: { text[..<index].endsWithWord($0) }) { return true }
    }
    return false
  }

  static let yearWord: [Unicode.Scalar] = ["年"]
  static let yearlyWord: [Unicode.Scalar] = ["度"]
}
