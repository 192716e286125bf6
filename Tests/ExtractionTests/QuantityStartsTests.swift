// The parser's start-scalar bits agree with its start test on the whole Basic Multilingual Plane.
import Testing

@testable import Extraction

@Suite struct QuantityStartsTests {
  @Test func bitsMatchTheStartTestForEveryBMPScalar() {
    let disagreeing = (0..<0x10000).compactMap(Unicode.Scalar.init).filter {
      QuantityParser.mayStart($0) != QuantityParser.startsQuantity($0)
    }
    #expect(disagreeing.isEmpty, "\(disagreeing.prefix(10).map { String($0) })")
  }
}
