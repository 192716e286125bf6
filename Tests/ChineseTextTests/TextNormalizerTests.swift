// Width folding, script folding, letter-spacing and number spacing.
import Testing
@testable import ChineseText

@Test(arguments: [
  ("２０２４年，工会（市级）", "2024年,工会(市级)"),
  ("繁體字的職工會員", "繁体字的职工会员"),
  ("向 前 一 步 ，贴 近 职 工", "向前一步,贴近职工"),
  ("走 进 书 屋“ 读 好 书 ”", "走进书屋“读好书”"),
  ("记者 张三 通讯员 李四", "记者 张三 通讯员 李四"),
  ("春风十里 不如有你", "春风十里 不如有你"),
  ("9 月 1 日，共 1 463 人", "9月1日,共1463人"),
  ("不少于 200元", "不少于200元"),
  ("北京工会 i 会员", "北京工会 i 会员"),
  ("　全角空格　开头", "全角空格 开头"),
  ("“暖心”。——", "“暖心”。——"),
  // A measure word set off from its number is no letter of a spaced-out line.
  ("志愿者 300 名 服务站点 62 个", "志愿者300名 服务站点62个"),
  ("1 2 0 0 名 志 愿 者", "1200名志愿者"),
  // So does one after a rounded figure (`余`, `万`), before its measure word; a column's gap stays.
  ("职工志愿者　　6800余 人次", "职工志愿者 6800余人次"), ("伴考包　　2.4万 份", "伴考包 2.4万份"), ("300余　　服务", "300余 服务"),
  // Inside a number a space goes (a thousands group, letter-spacing); between two numbers it stays.
  ("共 12 000 人", "共12000人"),
  ("2 0 2 4 年", "2024年"),
  ("东城区 45 30", "东城区45 30"),
  ("2023 2024", "2023 2024"),
  // A decimal point set off by spaces stays in its number.
  ("服务 5 . 6 万人次", "服务5.6万人次"), ("增长 3 .5 倍", "增长3.5倍"),
  // So does a thousands comma with a stray space before it; a comma between two numbers parts them.
  ("家长8 ,600余人次", "家长8,600余人次"), ("分别为8 ,60", "分别为8 ,60"),
  ("朝阳区 156 1200", "朝阳区156 1200"),
  // A tab or an ideographic space between numbers sets a table's columns apart, whatever the digits.
  ("2015\t6\t52", "2015 6 52"), ("2024\t104\t3000", "2024 104 3000"), ("东城区　45　300", "东城区45 300"),
  // A tab between two Han sets columns apart too, after a letter-spaced cell as well.
  ("区 域\t驿站数量（座）\t服务人次（万）", "区域 驿站数量(座)服务人次(万)"), ("单位\t志愿者", "单位 志愿者"),
  // So do two ideographic spaces after a one-Han cell; one may be letter-spacing.
  ("区　　　　走访慰问困难职工（户）　慰问品（份）", "区 走访慰问困难职工(户)慰问品(份)"), ("暖　心　伴　考", "暖心伴考"),
  // So do three ASCII spaces, as a page dumped with its layout sets its columns; two may be letter-spacing.
  ("区          驿站总数(家)   今年新建(家)", "区 驿站总数(家) 今年新建(家)"), ("朝阳区         203           17", "朝阳区 203 17"),
  ("2015   1   463", "2015 1 463"), ("暖  心  伴  考", "暖心伴考"),
  // A column's gap after a Han stays before a digit (two cells of a header of years); a stray space goes.
  ("街道　　　2021年底　　　2022年新增", "街道 2021年底 2022年新增"), ("截至\t2022年底", "截至 2022年底"), ("共 2022 年", "共2022年"),
  // A rounded figure's word before a number ends one cell; a number's measure word set off stays with it.
  ("2015　　28　　300余　　1.1万", "2015 28 300余 1.1万"), ("志愿者 1 200 余 名", "志愿者1200余名"),
  ("共有志愿者 1200", "共有志愿者1200"),
  // A half-width full stop after Han text ends its sentence; in a number, a date or a name it stays.
  ("实现全覆盖.其中,城北街道 19 家.今年新建", "实现全覆盖。其中,城北街道19家。今年新建"),
  ("服务18.6万人次,见www.bjzgh.org.", "服务18.6万人次,见www.bjzgh.org."),
  ("（详见附件）.", "(详见附件)。"),
  ("2023.11.8,５．６万", "2023.11.8,5.6万"),
])
func normalizes(_ input: String, _ expected: String) {
  #expect(TextNormalizer.normalize(input).string == expected)
}

@Test func keepsAnOriginForEveryNormalizedScalar() {
  let text = "共 1 2 人參加"
  let normalized = TextNormalizer.normalize(text)
  let original = Array(text.unicodeScalars)
  #expect(normalized.string == "共12人参加")
  #expect(normalized.origin.map { original[$0] } == Array("共12人參加".unicodeScalars))
}

@Test func scriptFoldingIsBuiltFromICU() {
  #expect(ScriptFolding.isAvailable)
  #expect(ScriptFolding.fold("會") == "会")
  #expect(ScriptFolding.fold("会") == "会")
  #expect(WidthFolding.fold("７") == "7")
}

/// Simplified characters ICU would fold for a Traditional text's other word stay as they are.
@Test(arguments: [("成效显著", "成效显著"), ("职工俱乐部", "职工俱乐部"), ("摔跤比赛", "摔跤比赛"), ("慰藉", "慰藉"), ("於是", "于是"), ("以後", "以后")])
func scriptFoldingKeepsStandardSimplifiedCharacters(text: String, folded: String) {
  #expect(TextNormalizer.normalize(text).string == folded)
}

/// The table ICU fills on demand, a few hundred scalars at a time in any order, is the table
/// one ICU run over the whole range gives.
@Test func scriptFoldingFilledInPiecesMatchesOneICURun() {
  let all = Array(ScriptFolding.coveredRange)
  let whole = ScriptFolding.transliterate(all)
  // NB: a prime stride visits every scalar once, so each piece mixes scalars from all blocks.
  let order = all.indices.map { all[$0 * 7919 % all.count] }
  let cache = FoldingCache()
  for start in stride(from: 0, to: order.count, by: 500) {
    _ = cache.table(covering: order[start..<min(start + 500, order.count)].map { Unicode.Scalar($0)! })
  }
  #expect(cache.table(covering: []).values == whole)
  #expect(whole.contains(FoldingCache.unknown) == false)
}
