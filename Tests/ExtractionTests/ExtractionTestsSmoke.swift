import Testing
@testable import Extraction

@Test func moduleLinks() { #expect(Bool(true)) }
