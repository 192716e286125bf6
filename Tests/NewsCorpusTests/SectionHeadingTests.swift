// A section's heading inside one story: a name in square brackets or a numbered point's name.
import Testing
@testable import NewsCorpus

@Test(arguments: [
  ("【暖心伴考】", true), ("【文体活动】", true), ("（一）暖心伴考不断线", true), ("(二)驿站建设稳步推进", true), ("2. 暖心驿站", true),
  ("三、送温暖直达一线", true), ("4.职工参与", true),
  // A list's item sets out a figure or a sentence; a decimal, a date or a headline opens no point.
  ("1.新建户外劳动者暖心驿站50家；", false), ("一、2019年工作回顾", false), ("1.2万名志愿者上岗", false),
  ("（一）", false), ("【】", false), ("全市职工志愿者再上岗", false), ("二、三名", false),
  // A post's pictograph before a name; not before a figure or a headline with its column's name.
  ("📌 清凉物资送到手", true), ("⛷ 数说冰雪季", true), ("❄️ 冰雪季", true), ("➤ 累计开展各类职工文体活动120余场；", false),
  ("🌞夏送清凉｜一瓶水、一把扇", false),
  // A name may close with an aside in brackets that says what its rows count; not with a figure.
  ("■ 街乡排行（驿站数）", true), ("【各区分布】（单位：个）", false), ("■ 街乡排行（2023年）", false), ("■ （驿站数）", false),
])
func aSectionHeadingIsABracketedNameOrANumberedPointsName(line: String, expected: Bool) {
  #expect(SectionHeading.isSectionName(Array(line.unicodeScalars)) == expected)
}
