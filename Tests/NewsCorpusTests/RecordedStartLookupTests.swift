// Start-year look-ups recorded with their answers, and compared with another table.
import Testing
@testable import NewsCorpus

@Test func recordsEveryKeyAskedWithItsAnswerAMissingYearIncluded() {
  let lookup = RecordedStartLookup(["暖心伴考": 2015, "清凉驿站": 2012])
  #expect(lookup.year(of: "暖心伴考") == 2015)
  #expect(lookup.year(of: "送清凉") == nil)
  #expect(lookup.answers == StartAnswers(byKey: ["暖心伴考": 2015, "送清凉": Int?.none]))
}

@Test(arguments: [
  (["暖心伴考": 2015], true),
  (["暖心伴考": 2015, "清凉驿站": 2010], true),  // a key never asked does not matter
  (["暖心伴考": 2014], false),  // an earlier start stated elsewhere
  (["暖心伴考": 2015, "送清凉": 2019], false),  // a year where the file knew none
])
func answersAgreeWhenTheOtherTableGivesEachOne(table: [String: Int], agree: Bool) {
  let answers = StartAnswers(byKey: ["暖心伴考": 2015, "送清凉": Int?.none])
  #expect(answers.agree(with: table) == agree)
}
