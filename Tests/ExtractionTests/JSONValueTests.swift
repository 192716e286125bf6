import Testing

@testable import Extraction

@Suite struct JSONValueTests {
  @Test(arguments: [
    (JSONValue.string("东城区"), "东城区"),
    (.string("志愿者1,200名"), "\"志愿者1,200名\""),
    (.string("招募志愿者，共120名"), "招募志愿者，共120名"),  // a full-width comma splits no field
    (.string("他说\"好\""), "\"他说\"\"好\"\"\""),
    (.string("第一行\n第二行"), "\"第一行\n第二行\""),
    (.string("第一行\r\n第二行"), "\"第一行\r\n第二行\""),  // CRLF is one Character; its bytes still force quotes
    (.string("旧行尾\r"), "\"旧行尾\r\""),
    (.null, ""),
    (.number(1200), "1200"),
    (.number(1.5), "1.5"),
    (.bool(true), "true"),
  ])
  func aCSVFieldIsQuotedOnlyWhenItsBytesNeedIt(value: JSONValue, field: String) {
    #expect(value.csvField == field)
  }

  @Test(arguments: [
    (JSONValue.string("暖心伴考"), #""暖心伴考""#),
    (.string("引号\"与\\斜杠\t"), #""引号\"与\\斜杠\t""#),
    (.string("\u{1}"), #""\u0001""#),
    (.number(660000), "660000"),
    (.number(0.5), "0.5"),
    (.number(.infinity), "null"),
    (.null, "null"),
    (.array([.number(1), .string("a"), .null]), #"[1,"a",null]"#),
    (.object([("b", .number(2)), ("a", .array([])), ("c", .object([]))]), #"{"b":2,"a":[],"c":{}}"#),
  ])
  func aValueEncodesAsJSONWithKeysInTheirOrder(value: JSONValue, json: String) {
    #expect(value.encoded == json)
  }

  @Test func appendingEncodesWhatEncodedDoes() {
    let value = JSONValue.object([("quote", .string("“共建成驿站1000余家”")), ("value", .number(1000))])
    var out = "前缀"
    value.append(to: &out)
    #expect(out == "前缀" + value.encoded)
  }
}
