// What a sentence says for all its figures: here, the place a part after a semicolon goes on with.
import Testing
import NewsCorpus
@testable import Extraction

/// A part after a semicolon that names no place is the place of the part before it, not the
/// article's (`房山区去年建成驿站42家；今年又新增驿站15家，累计达到57家` under a headline on a group of
/// districts); a part that names its own place keeps it, and a full stop ends the run.
@Test func aPartAfterASemicolonGoesOnWithThePlaceBeforeIt() throws {
  let page = """
    劳动午报 2019年11月5日 第4版

    生态涵养区驿站连点成线

    本报讯（记者 李明）房山区去年建成驿站42家；今年又新增驿站15家，累计达到57家。延庆区今年打造驿站23家；密云区挂牌驿站5处。全区驿站服务人次超过2万。
    """
  let found = try factsOnPage(page).map { "\($0.surface)@\($0.scope.label)" }
  #expect(found == ["42家@房山区", "15家@房山区", "57家@房山区", "23家@延庆区", "5处@密云区", "超过2万@生态涵养区"])
}

@Test func theSemicolonPartsBeforeASentenceAreNearestFirst() {
  let text = Array("甲区建成10家；乙区5家；今年又新增3家。丙".unicodeScalars)
  let start = text.firstIndex(of: "今")!
  #expect(SentenceReading.partsBefore(start, in: text).map { String(String.UnicodeScalarView($0)) } == ["乙区5家", "甲区建成10家"])
  #expect(SentenceReading.partsBefore(text.count - 1, in: text).isEmpty)
}
