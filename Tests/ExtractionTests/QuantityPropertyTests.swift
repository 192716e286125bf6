// QuantityParser never crashes and keeps its invariants, whatever the input.
import PropertyBased
import Testing

@testable import Extraction

/// The invariants of any parse: offsets in bounds and ordered, surfaces quoting the text,
/// finite values, low ≤ high.
func expectInvariants(of text: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let scalars = Array(text.unicodeScalars)
  var previousEnd = 0
  for quantity in QuantityParser.quantities(in: text) {
    guard quantity.start >= previousEnd, quantity.start < quantity.end, quantity.end <= scalars.count
    else {
      Issue.record("bad offsets \(quantity.start)..<\(quantity.end) in \(scalars.count) scalars",
        sourceLocation: sourceLocation)
      return
    }
    previousEnd = quantity.end
    let quoted = String(String.UnicodeScalarView(scalars[quantity.start..<quantity.end]))
    #expect(quoted == quantity.surface, sourceLocation: sourceLocation)
    for bound in [quantity.value, quantity.low, quantity.high].compactMap({ $0 }) {
      #expect(bound.isFinite, sourceLocation: sourceLocation)
    }
    if let low = quantity.low, let high = quantity.high {
      #expect(low <= high, "\(quantity)", sourceLocation: sourceLocation)
    }
    switch quantity.qualifier {
    case .range: #expect(quantity.value == nil && quantity.low != nil && quantity.high != nil)
    case .exact: #expect(quantity.value != nil && quantity.low == quantity.value && quantity.high == quantity.value)
    case .moreThan, .atLeast: #expect(quantity.low == quantity.value && quantity.high == nil)
    case .nearly, .lessThan: #expect(quantity.high == quantity.value && quantity.low == nil)
    case .about: #expect(quantity.value != nil && quantity.low == nil && quantity.high == nil)
    }
  }
}

/// Any Unicode scalar (surrogate code points become U+FFFD).
let anyScalar = Gen.int(in: 0...0x10FFFF).map { Unicode.Scalar(UInt32($0)) ?? "\u{FFFD}" }

/// The scalars quantities are made of: numerals, digits, approximation words, units, spaces.
let numeralAlphabet = Array(
  "零〇一二两三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟萬億廿卅卌半几余多来近约超过逾不到足少于以上下左右至～~-—/.,，．０１２９0123456789 　个人次名家元万元小时天年%％成分之点又第月日号负比和与间"
    .unicodeScalars)
let numeralScalar = Gen<Unicode.Scalar?>.element(of: numeralAlphabet).map { $0 ?? "一" }

@Test func arbitraryUnicodeNeverBreaksTheInvariants() async {
  await propertyCheck(count: 300, input: anyScalar.array(of: 0...60)) { scalars in
    var text = ""
    text.unicodeScalars.append(contentsOf: scalars)
    expectInvariants(of: text)
  }
}

@Test func arbitraryBytesNeverBreakTheInvariants() async {
  await propertyCheck(count: 300, input: Gen<UInt8>.value(in: 0...255).array(of: 0...80)) { bytes in
    expectInvariants(of: String(decoding: bytes, as: UTF8.self))
  }
}

@Test func numeralSoupNeverBreaksTheInvariants() async {
  await propertyCheck(count: 2_000, input: numeralScalar.array(of: 0...40)) { scalars in
    var text = ""
    text.unicodeScalars.append(contentsOf: scalars)
    expectInvariants(of: text)
  }
}

@Test(arguments: [
  String(repeating: "9", count: 10_000), String(repeating: "１", count: 10_000),
  String(repeating: "一", count: 10_000), String(repeating: "万", count: 5_000) + "人",
  String(repeating: "九十", count: 3_000), String(repeating: "1,000", count: 2_000),
  "0." + String(repeating: "7", count: 10_000), String(repeating: "三五", count: 2_000) + "人",
  String(repeating: "近", count: 1_000) + "千名", "一千千万万", "一千千万万人", "亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿元",
  "0/0", "1/0", "零分之零", "零分之一", "百分之", "分之", "～", "1～", "～1", "第", "半", "个半",
  "", " ", "\n", "\u{0}", "\u{FFFD}",
])
func extremeInputsKeepTheInvariants(text: String) {
  expectInvariants(of: text)
}
