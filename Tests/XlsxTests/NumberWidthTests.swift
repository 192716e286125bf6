// NumberWidth ↔ Sources/Xlsx/NumberWidth.swift: digits, thousands groups and quoted literals.
import Foundation
import Testing
@testable import Xlsx

@Suite struct NumberWidthTests {
  @Test(arguments: [
    (0.0, nil, 1),
    (7.0, "0", 1),
    (2024.0, "0", 4),
    (1000.0, "#,##0", 5),
    (1_234_567.0, "#,##0", 9),
    (-1234.0, "#,##0", 6),  // the sign counts as a digit: (5 − 1) / 3 groups
    (1000.0, "#,##0\"余\"", 7),
    (1000.0, "\"近\"#,##0", 7),
    (3.5, "0.0", 4),  // not whole: printed with two decimals, `3.50`
    (12.25, "#,##0.00", 6),
    (5000.0, "\"约,\"0", 8),  // a comma inside quotes still counts as grouping, and as literal text
  ] as [(Double, String?, Int)])
  func estimate(number: Double, format: String?, width: Int) {
    #expect(NumberWidth.estimate(number, format: format) == width)
  }

  /// The estimate reads as the string-building version it replaced, number by number.
  @Test func estimateAgreesWithPrintingTheNumber() {
    let formats: [String?] = [nil, "0", "#,##0", "#,##0\"余\"", "\"近\"#,##0", "\"超\"#,##0.0", "0.0%"]
    let numbers: [Double] = [
      0, 1, 9, 10, 99, 100, 999, 1000, 65_535, 1e14, -1, -10, -999_999, 0.5, -2.25, 1e15, 123.456,
    ]
    for format in formats {
      for number in numbers {
        #expect(
          NumberWidth.estimate(number, format: format) == printedEstimate(number, format: format),
          "\(number) \(format ?? "nil")")
      }
    }
  }

  /// The former estimate: the number printed as a string, the format's bytes and quoted scalars read.
  func printedEstimate(_ number: Double, format: String?) -> Int {
    let integral = number.rounded() == number && abs(number) < 1e15
    let digits = integral ? String(Int64(number)) : String(format: "%.2f", number)
    let grouped = (format?.utf8.contains(UInt8(ascii: ",")) ?? false) ? (digits.count - 1) / 3 : 0
    var literal = 0
    var inside = false
    for scalar in (format ?? "").unicodeScalars {
      if scalar == "\"" { inside.toggle() } else if inside { literal += DisplayWidth.of(scalar) }
    }
    return digits.count + grouped + literal
  }
}
