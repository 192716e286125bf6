// The 概览 legend: how 余/近/超/约 and the gap, conflict and mention marks look in a cell.
import Analysis
import Extraction
import Xlsx

/// One row per qualifier and per mark; each example cell is formatted exactly as data cells are.
struct Legend {
  let language: Language

  /// The written pattern of each qualifier, and what the cell's number means.
  var qualifiers: [(Qualifier, pattern: String, meaning: String)] {
    let l = language
    return [
      (.moreThan, "N余 / 超N", l("多于 N（余、多、超、逾）：单元格里的数是下限。", "More than N (余, 多, 超, 逾): the cell holds the lower bound.")),
      (.atLeast, "N以上", l("不少于 N（以上、至少）：下限。", "At least N (以上, 至少): the lower bound.")),
      (.nearly, "近N", l("接近但不到 N（近、将近）：单元格里的数是上限。", "Nearly N (近, 将近): the cell holds the upper bound.")),
      (.lessThan, "不到N", l("少于 N（不到、不足）：上限。", "Less than N (不到, 不足): the upper bound.")),
      (.about, "约N", l("大约 N（约、左右）：没有确定的上下限。", "About N (约, 左右): no firm bounds.")),
      (.range, "N起", l("范围 N～M：单元格里是下限，完整范围见批注。", "A range N–M: the cell holds the low end; the note gives the range.")),
      (.exact, "N", l("文章给出的确数。", "An exact figure as the article gives it.")),
    ]
  }

  func write(on sheet: Worksheet, from row: inout Int, in book: ReportBook) throws {
    let l = language
    for (qualifier, pattern, meaning) in qualifiers {
      let cell = CellReference(row: row, column: 0)
      var text = meaning
      if let example = book.qualifierExamples[qualifier], let number = example.cellValue {
        try sheet.write(number, at: cell, format: Styles.figure(example.style.numberFormat(decimals: FigureWriter.decimals(number))).with { $0.horizontal = .center })
        let shown = FigureWriter.shown(example)
        let quote = example.primary.quote
        let location = example.primary.location
        text += l("本表例：\(shown)，原文“\(quote)”（\(location)）", " Example here: \(shown), quoting “\(quote)” (\(location))")
      } else {
        try sheet.write(pattern, at: cell, format: Styles.label.with { $0.horizontal = .center })
      }
      try sheet.write(text, at: cell.offset(columns: 1), format: Styles.wrap)
      try RowHeight.fit(row, texts: [(text, OverviewSheet.textWidth)], on: sheet)
      row += 1
    }
    let marks: [(Mark, String)] = [
      (.noData, l("灰色空白：没有任何来源给出数字。这是缺口，不是 0；图表里显示为空档。",
                  "Grey and blank: no source gives a figure. A gap, not 0; charts leave it empty.")),
      (.conflict, l("橙色：来源不一致。单元格显示被引用最多的读数，批注列出全部读数和原文，同一行的“来源不一致”列写出各读数，“数据质量”表也有列出。",
                    "Orange: sources disagree. The cell shows the most-cited reading; its note lists every reading with its quote, the row's “sources disagree” column spells them out, and the 数据质量 sheet lists the conflict.")),
      (.mentioned, l("绿色“有（未计数）”：文章提到该地有站点但没给数量，即至少 1 个（单元格数值为 1）。",
                     "Green “有（未计数）”: a station is named there without a count, i.e. at least 1 (the cell holds 1).")),
    ]
    for (mark, meaning) in marks {
      let cell = CellReference(row: row, column: 0)
      switch mark {
      case .noData: try sheet.writeBlank(at: cell, format: Styles.gap)
      case .conflict: try sheet.write(l("冲突", "conflict"), at: cell, format: Styles.conflictText.with { $0.horizontal = .center })
      case .mentioned: try sheet.write(1, at: cell, format: Styles.figure(Mark.mentionedFormat, mark: .mentioned).with { $0.horizontal = .center })
      }
      try sheet.write(meaning, at: cell.offset(columns: 1), format: Styles.wrap)
      try RowHeight.fit(row, texts: [(meaning, OverviewSheet.textWidth)], on: sheet)
      row += 1
    }
    try sheet.write(l("批注", "Notes"), at: CellReference(row: row, column: 0), format: Styles.label)
    try sheet.write(l(
      "数字单元格右上角的红色小三角表示有批注：悬停即可看到原文引文、文件名和行号；“来源”表列出同样的内容。",
      "A small red triangle in a figure's corner marks a note: hover to read the quote, file and line; the 来源 sheet lists the same."),
      at: CellReference(row: row, column: 1), format: Styles.wrap)
    row += 1
  }
}
