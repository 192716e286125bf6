import Testing
@testable import NewsCorpus

@Test func moduleLinks() { #expect(Bool(true)) }
