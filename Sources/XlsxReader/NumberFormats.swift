// styles.xml: from a cell's style index to its number format code.

/// The workbook's number formats: each cell style (`cellXfs` entry) → format code.
struct NumberFormats {
  /// Format code per `cellXfs` index.
  let codes: [String]

  init(styles: XMLNode?) {
    var custom: [Int: String] = [:]
    for format in styles?.path("numFmts")?.children("numFmt") ?? [] {
      if let id = format.attributes["numFmtId"].flatMap(Int.init), let code = format.attributes["formatCode"] {
        custom[id] = code
      }
    }
    codes = (styles?.path("cellXfs")?.children("xf") ?? []).map { xf in
      let id = xf.attributes["numFmtId"].flatMap(Int.init) ?? 0
      return custom[id] ?? Self.builtIn[id] ?? "General"
    }
  }

  /// The format code for a style index (General when the index is absent).
  func code(style: Int?) -> String {
    guard let style, codes.indices.contains(style) else { return "General" }
    return codes[style]
  }

  /// Excel's built-in number formats (ECMA-376 Part 1, 18.8.30), as libxlsxwriter maps them.
  static let builtIn: [Int: String] = [
    0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
    5: "($#,##0_);($#,##0)", 6: "($#,##0_);[Red]($#,##0)", 7: "($#,##0.00_);($#,##0.00)",
    8: "($#,##0.00_);[Red]($#,##0.00)", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?",
    13: "# ??/??", 14: "m/d/yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM",
    19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm", 37: "(#,##0_);(#,##0)",
    38: "(#,##0_);[Red](#,##0)", 39: "(#,##0.00_);(#,##0.00)", 40: "(#,##0.00_);[Red](#,##0.00)",
    41: "_(* #,##0_);_(* (#,##0);_(* \"-\"_);_(@_)",
    42: "_($* #,##0_);_($* (#,##0);_($* \"-\"_);_(@_)",
    43: "_(* #,##0.00_);_(* (#,##0.00);_(* \"-\"??_);_(@_)",
    44: "_($* #,##0.00_);_($* (#,##0.00);_($* \"-\"??_);_(@_)", 45: "mm:ss", 46: "[h]:mm:ss",
    47: "mm:ss.0", 48: "##0.0E+0", 49: "@",
  ]
}
