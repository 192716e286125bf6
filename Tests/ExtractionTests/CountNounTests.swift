import Testing
@testable import Extraction

// Text before a bare number → the measure word its count noun gives it (nil: no count noun).
@Test(arguments: [
  ("驿站服务人次", "人次"),
  ("参与人数已达", "人"),
  ("全区驿站总数达到", "个"),
  ("服务队数量累计达 ", "个"),
  ("志愿者人数共计", "人"),
  ("龙徽", nil),
  ("设立服务站点", nil),
  ("人次达到了", "人次"),
  ("人次", "人次"),
  ("次数达", nil),
  // An adverb of time between the noun and its verb (`服务人次首次突破15万`).
  ("驿站服务人次首次", "人次"), ("全区驿站总数再次达到", "个"),
  // An adverb after the noun (`各驿站服务人次就达到近580万`).
  ("各驿站服务人次就达到", "人次"), ("志愿者人数也达到", "人"),
] as [(String, String?)])
func countNounBeforeANumber(text: String, unit: String?) {
  let scalars = Array((text + "86").unicodeScalars)
  #expect(CountNoun.unit(before: scalars.count - 2, in: scalars) == unit)
}
