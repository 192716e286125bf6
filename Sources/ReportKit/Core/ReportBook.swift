// A report's workbook while it is being written: the sheets, the sources and the marks used.
import Analysis
import Extraction
import Xlsx

/// The workbook a report writes into, with what the shared sheets need to know about it.
///
/// Report layouts add their sheets through ``addSheet(_:about:)`` so the 概览 sheet can list
/// them, and write figures through ``figures`` so the 来源 sheet lists every quote.
public final class ReportBook {
  public let workbook: Workbook
  public let language: Language
  public let ledger = SourceLedger()
  /// Sheet names and what each holds, in tab order.
  public private(set) var sheets: [(name: String, about: String)] = []
  /// The marks some cell uses, for the legend.
  public internal(set) var marksUsed: Set<Mark> = []
  /// The qualifiers some written figure uses, with its first figure as the legend's example.
  public internal(set) var qualifierExamples: [Qualifier: Figure] = [:]
  /// The title printed in every page header.
  let title: String

  init(workbook: Workbook, language: Language, title: String) {
    self.workbook = workbook
    self.language = language
    self.title = title
  }

  /// Adds a worksheet, remembering what it holds for the 概览 sheet's list of sheets.
  ///
  /// Sheet names stay Chinese in both languages, so instructions and links work in either.
  /// `constantMemory` streams the sheet's rows to disk (see ``StreamedSheet``).
  public func addSheet(_ name: String, about: String, constantMemory: Bool = false) throws -> Worksheet {
    let sheet = try workbook.addWorksheet(name, constantMemory: constantMemory)
    sheets.append((name, about))
    return sheet
  }

  /// The writer of value cells on this workbook.
  public var figures: FigureWriter { FigureWriter(book: self) }
}
