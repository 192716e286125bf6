// The workbook's creation date, derived from the inputs so that reruns are byte-identical.
import Extraction
import Foundation

extension ParsedCorpus {
  /// 1 January (UTC) of the year after the latest year in the corpus, or nil when no year is known.
  /// `SOURCE_DATE_EPOCH`, when set, still wins (the Xlsx wrapper applies it).
  public var creationDate: Date? {
    let years = articles.compactMap(\.year) + facts.compactMap(\.year) + files.compactMap(\.year)
    guard let latest = years.max() else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar.date(from: DateComponents(year: latest + 1, month: 1, day: 1))
  }
}
