// One named exam site a sentence opens on: its figures are the site's, not the district's or the city's.
import ChineseText

/// `在北京四中考点外，东城区总工会的8名志愿者早早支起了帐篷`: reporters of 暖心伴考 walk to one
/// school and count what they see there. That figure is a part of its district (the fact's
/// `locality`, like a street's), never the district's or the city's total for the year.
///
/// The site must be a clause of its own before the figure in its sentence, the scene a reporter
/// sets: one school named right before 考点 or 考场, after 在 or 于 or nothing, with at most a side
/// word after it (`在人大附中考点，…`, `丰台二中考点外，…`), or the reporter who saw it there
/// (`记者在北京四中考点看到，…`), also where a relative clause places the school (`记者在位于东城区的
/// 北京二中考点看到，…`). A union acting at a site
/// (`区总工会在潞河中学考点设置了2个伴考点`) reports its own figure, the district's. A list or a
/// count of sites (`在汇文中学和广渠门中学考点外`, `在全区13个考点`, `各考点`) names no one
/// site. Nor does a scene that a whole-district word, a total or a spokesman's report stands
/// between and the figure (`…考点外，区总工会负责人介绍，全区共招募志愿者500名`): those speak past it.
enum ExamSite {
  /// Nouns of one exam site.
  static let nouns = ["考点", "考场"].map { Array($0.unicodeScalars) }

  /// What a site's name ends with: a school's (`四中`, `101中学`, `八一学校`, `人大附中`, `…学院`).
  static let schoolEndings: Set<Unicode.Scalar> = ["中", "学", "校", "院"]

  /// Generic words for a school, which name none (`在高中考点`).
  static let genericNames: Set<String> = ["高中", "初中", "中学", "小学", "学校", "大学", "学院", "院校", "高校", "各校"]

  /// Scalars that make the words before a site noun a list or a count, not one name.
  static let listOrCount: Set<Unicode.Scalar> = [
    "和", "、", "及", "与", "或", "等", "各", "每", "个", "所", "全", "多", "该", "本", "此", "这", "那", "其",
  ]

  /// Where a place alone in its clause may stand around the site noun (`考点外，`).
  static let sides = ["外", "内", "旁", "前", "里", "门口", "门前", "附近", "周边", "周围", "现场"].map { Array($0.unicodeScalars) }

  /// Who may stand at the site in its clause: the reporter, who saw what the figure counts.
  static let observers = ["记者", "本报记者", "笔者"].map { Array($0.unicodeScalars) }
  /// What the observer did there (`记者在…考点看到，`).
  static let seeingVerbs = ["看到", "看见", "见到", "注意到"].map { Array($0.unicodeScalars) }

  /// Words between the site and the figure that make the figure a wider one.
  static let widerWords = [
    "全区", "全市", "全县", "该区", "本区", "各区", "各", "共", "累计", "总计", "合计", "总数",
    "介绍", "表示", "透露", "据统计", "据悉", "了解到", "说",
  ].map { Array($0.unicodeScalars) }

  /// The one exam site `sentence[..<end]` opens on, as written (`北京四中考点`), or nil.
  static func site(in sentence: ArraySlice<Unicode.Scalar>, before end: Int) -> String? {
    let head = sentence[..<end]
    guard let (nounStart, noun) = lastNoun(in: head) else { return nil }
    let after = head[(nounStart + noun.count)...]
    guard !widerWords.contains(where: after.containsWord) else { return nil }
    // The clause is the site alone: 在 or 于, the school's name, the noun and a side word.
    var start = nounStart
    while start > head.startIndex, isNameScalar(head[start - 1]) { start -= 1 }
    guard standsAlone(after) else { return nil }
    // NB: a reporter may be the one there (`记者在北京四中考点看到，…`); nobody else may.
    var nameStart = start
    // NB: a relative clause may say where the school is (`记者在位于东城区的北京二中考点看到`): the
    // name starts after its 的, and the clause must open with 在 or 于, after the reporter or nothing.
    if let mark = head[start..<nounStart].lastIndex(of: "的") {
      let lead = head[start..<mark]
      let opensWithAt = { (words: ArraySlice<Unicode.Scalar>) in words.first == "在" || words.first == "于" }
      guard opensWithAt(lead) || observers.contains(where: { lead.starts(with: $0) && opensWithAt(lead.dropFirst($0.count)) })
      else { return nil }
      return label(head[(mark + 1)..<nounStart], noun)
    }
    if let at = head[start..<nounStart].lastIndex(where: { $0 == "在" || $0 == "于" }) {
      guard at == start || observers.contains(where: { head[start..<at].elementsEqual($0) }) else { return nil }
      nameStart = at + 1
    }
    return label(head[nameStart..<nounStart], noun)
  }

  /// The one exam site that opens the sentence of the figure at `end` as its subject, after `其中`
  /// (`其中，良乡中学考点设立服务站2个，志愿者20名；房山中学考点…`): each figure of that sentence is the site's.
  static func opening(_ sentence: ArraySlice<Unicode.Scalar>, before end: Int) -> String? {
    var start = sentence.startIndex
    func skipMarks() { while start < end, sentence[start].isHorizontalSpace || Punctuation.splitsClause(sentence[start]) { start += 1 } }
    skipMarks()
    if sentence[start..<end].starts(with: PlaceBreakdown.marker) { start += PlaceBreakdown.marker.count }
    skipMarks()
    if start < end, sentence[start] == "在" || sentence[start] == "于" { start += 1 }
    var nounStart = start
    while nounStart < end, isNameScalar(sentence[nounStart]) {
      // NB: one who acts at the site opens the sentence instead (`区总工会在人大附中考点…`): no site's own.
      if sentence[nounStart] == "在" || sentence[nounStart] == "于" { return nil }
      if let noun = nouns.first(where: { sentence[nounStart...].prefix($0.count).elementsEqual($0) }) {
        return label(sentence[start..<nounStart], noun)
      }
      nounStart += 1
    }
    return nil
  }

  /// Words that point back at a site named before (`今年该点位共有志愿者22名`, `这个点位的服务人次…`).
  static let pointingBack = ["该点位", "这个点位", "此点位", "该考点", "这个考点", "此考点", "该服务点", "这个服务点"]
    .map { Array($0.unicodeScalars) }

  /// The site a sentence points back at before the figure at `end` (`该点位`), when the text before
  /// the sentence (its paragraph, with a cross-head's) names one school's site last: that one.
  static func pointedAt(
    _ sentence: ArraySlice<Unicode.Scalar>, before end: Int, earlier: ArraySlice<Unicode.Scalar>
  ) -> String? {
    // NB: the cheap test first, for every figure: 该, 这 or 此 before it.
    let head = sentence[..<end]
    guard head.contains(where: { $0 == "该" || $0 == "这" || $0 == "此" }), pointingBack.contains(where: head.containsWord)
    else { return nil }
    var text = earlier
    while let (nounStart, noun) = lastNoun(in: text) {
      var start = nounStart
      while start > text.startIndex, isNameScalar(text[start - 1]) { start -= 1 }
      if let at = text[start..<nounStart].lastIndex(where: { $0 == "在" || $0 == "于" }) { start = at + 1 }
      if let site = label(text[start..<nounStart], noun) { return site }
      text = text[..<nounStart]
    }
    return nil
  }

  /// The site's label when `name` is one school's: the school (without the district before it,
  /// `西城区北京四中`, which is the fact's scope already) and the site noun.
  private static func label(_ name: ArraySlice<Unicode.Scalar>, _ noun: [Unicode.Scalar]) -> String? {
    guard isOneSchool(name) else { return nil }
    var name = name
    if let district = name.firstIndex(of: "区"), isOneSchool(name[(district + 1)...]) { name = name[(district + 1)...] }
    return String(scalars: name) + String(scalars: noun)
  }

  /// The last site noun in `text`, with where it starts.
  private static func lastNoun(in text: ArraySlice<Unicode.Scalar>) -> (Int, [Unicode.Scalar])? {
    nouns.compactMap { noun in text.lastIndex(ofWord: noun).map { ($0, noun) } }.max { $0.0 < $1.0 }
  }

  /// Whether `name` is one school's name.
  static func isOneSchool(_ name: ArraySlice<Unicode.Scalar>) -> Bool {
    guard name.count >= 3, let last = name.last, schoolEndings.contains(last) else { return false }
    guard !name.contains(where: listOrCount.contains) else { return false }
    return !genericNames.contains(String(scalars: name))
  }

  /// Whether the words after a site noun close its clause, with at most a side word between.
  private static func standsAlone(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
    // NB: not `starts(with:)`, which the quantity parsers overload to skip spaces.
    let side = sides.first { rest.prefix($0.count).elementsEqual($0) }?.count ?? 0
    let seen = rest.dropFirst(side)
    let verb = seeingVerbs.first { seen.prefix($0.count).elementsEqual($0) }?.count ?? 0
    guard let next = seen.dropFirst(verb).first else { return false }
    return next.isCJKPunctuation || next == ","
  }

  /// Scalars a school's name is written in.
  private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isHan || scalar.isASCIIDigit || scalar.isASCIILetter
  }
}
