// Dates as Excel stores them: serial day numbers.
import Foundation

/// Excel's date serials (the 1900 date system, as libxlsxwriter writes it).
public enum ExcelDate {
  /// Seconds in a day.
  static let secondsPerDay = 86_400.0
  /// The serial of 1970-01-01 (Excel's day 0 is 1899-12-30, which absorbs the 1900 leap bug).
  static let unixEpochSerial = 25_569.0

  /// The Excel serial for `date`, read in UTC: 2024-01-01T00:00Z → 45292.
  public static func serial(_ date: Date) -> Double {
    date.timeIntervalSince1970 / secondsPerDay + unixEpochSerial
  }
}
