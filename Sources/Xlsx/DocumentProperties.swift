// The workbook's document properties (File → Properties), with a creation date that is never the clock.
import Foundation

/// Document properties written to `docProps/core.xml` and `docProps/app.xml` by
/// `workbook_set_properties`.
///
/// The creation date is pinned so that the same content gives byte-identical files: see
/// ``creationDate(passed:environment:)``.
public struct DocumentProperties: Hashable, Sendable {
  public var title: String?
  public var subject: String?
  /// Shown as 作者 (`dc:creator`).
  public var author: String?
  public var manager: String?
  public var company: String?
  public var category: String?
  public var keywords: String?
  public var comments: String?
  /// The creation date the caller derives from its inputs (e.g. the newest article date);
  /// `SOURCE_DATE_EPOCH`, when set, wins over it.
  public var created: Date?

  /// Properties; every field is optional.
  public init(
    title: String? = nil, subject: String? = nil, author: String? = nil, manager: String? = nil,
    company: String? = nil, category: String? = nil, keywords: String? = nil,
    comments: String? = nil, created: Date? = nil
  ) {
    self.title = title
    self.subject = subject
    self.author = author
    self.manager = manager
    self.company = company
    self.category = category
    self.keywords = keywords
    self.comments = comments
    self.created = created
  }

  /// The date used when neither `SOURCE_DATE_EPOCH` nor the caller gives one: 1980-01-01T00:00Z,
  /// the same instant libxlsxwriter 1.1.4 stamps on every zip entry.
  public static let fallbackCreationDate = Date(timeIntervalSince1970: 315_532_800)

  /// The creation date to write: `SOURCE_DATE_EPOCH` if set, else `passed`, else
  /// ``fallbackCreationDate``. Never the clock.
  public static func creationDate(
    passed: Date?, environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> Date {
    if let epoch = environment["SOURCE_DATE_EPOCH"] {
      guard let seconds = Int64(epoch.trimmingCharacters(in: .whitespaces)) else {
        throw XlsxError.invalidSourceDateEpoch(epoch)
      }
      return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
    return passed ?? fallbackCreationDate
  }
}
