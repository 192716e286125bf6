import Testing

@testable import CorpusSynth

@Suite struct LineWrapperTests {
  private let paragraph = Array(
    "截至目前，全区共有暖心驿站1463家，今年新增12,345个服务点，服务户外劳动者12.72万人次，志愿者１２００余名，覆盖各个街道和乡镇。".unicodeScalars)

  @Test(arguments: 15...22)
  func linesCoverTheParagraphInOrder(width: Int) {
    let lines = LineWrapper.columns(paragraph, width: width)
    #expect(lines.first?.lowerBound == 0)
    #expect(lines.last?.upperBound == paragraph.count)
    for (a, b) in zip(lines, lines.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
  }

  @Test(arguments: 15...22)
  func neverBreaksInsideDigitsNorBeforeClosingPunctuation(width: Int) {
    let digits: Set<Unicode.Scalar> = Set("0123456789０１２３４５６７８９.,".unicodeScalars)
    for line in LineWrapper.columns(paragraph, width: width).dropFirst() {
      let first = paragraph[line.lowerBound]
      let before = paragraph[line.lowerBound - 1]
      #expect(!(digits.contains(first) && digits.contains(before)), "broke inside a number")
      #expect(!"，。、；：？！”）".unicodeScalars.contains(first), "line starts with \(first)")
    }
  }

  @Test func fullLinesHoldTheWidth() {
    let lines = LineWrapper.columns(paragraph, width: 18)
    for line in lines.dropLast() {
      let cost = paragraph[line].reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
      #expect(cost >= 30 && cost <= 38, "line of cost \(cost)")
    }
  }
}
