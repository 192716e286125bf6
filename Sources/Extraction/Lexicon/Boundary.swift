// Whether a term starts at a word boundary: the text before it is not part of a longer name.
import ChineseText

/// The boundary test behind `^` terms: `市总工会` is Beijing's only when nothing name-like precedes it.
///
/// A term starts at a boundary when it opens the text, follows a scalar that is not a Han
/// ideograph, or follows a function word or a verb that takes an organisation as object
/// (`由市总工会主办`, `联合市总工会`). Anything else is read as the tail of another name
/// (`宁国市总工会` is 宁国's union even when 宁国 is not in the gazetteer).
public enum Boundary {
  /// Single scalars that end a function word before an organisation.
  static let functionScalars: Set<Unicode.Scalar> = Set(
    "由在向和与及同据从经为把将对是的了于被让给至等并以或即受获赴到请随跟共各及、，。；：“”《》（）()"
      .unicodeScalars)

  /// Two-scalar verbs and prepositions that take an organisation as object.
  static let functionWords: Set<String> = [
    "联合", "携手", "依托", "协同", "会同", "配合", "邀请", "推动", "通过", "根据", "按照", "获得", "得到",
    "指导", "支持", "作为", "来自", "代表", "牵头", "主办", "承办", "参加", "参与", "前往", "来到", "走进",
    "联手", "报送", "上报", "报备", "印发", "下发", "发布", "启动", "组织", "发起", "举办", "开展", "召开",
    "表示", "介绍", "透露", "获悉", "了解", "隶属", "所属", "直属", "全体", "授予", "评为", "命名", "认定",
  ]

  /// True when the term at `start` is not the tail of a longer name.
  public static func precedes(_ start: Int, in scalars: [Unicode.Scalar]) -> Bool {
    guard start > 0 else { return true }
    let previous = scalars[start - 1]
    if !previous.isHan || functionScalars.contains(previous) { return true }
    guard start > 1 else { return false }
    let (first, second) = (scalars[start - 2], scalars[start - 1])
    // NB: simple scalars (see `ScalarText`) compare as themselves, so a pair of them is looked up
    // by value; hashing the pair as a string normalises it first.
    if ScalarText.isSimple(first), ScalarText.isSimple(second) {
      return functionPairs.contains(pairKey(first, second))
    }
    return functionWords.contains(String(scalars: [first, second]))
  }

  /// The two-scalar function words made of simple scalars, as `first << 32 | second`.
  static let functionPairs: Set<UInt64> = {
    var pairs: Set<UInt64> = []
    for word in functionWords {
      let scalars = Array(word.unicodeScalars)
      guard scalars.count == 2, scalars.allSatisfy(ScalarText.isSimple) else { continue }
      pairs.insert(pairKey(scalars[0], scalars[1]))
    }
    return pairs
  }()

  static func pairKey(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
    UInt64(first.value) << 32 | UInt64(second.value)
  }
}
