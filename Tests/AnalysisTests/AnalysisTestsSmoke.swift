import Testing
@testable import Analysis

@Test func moduleLinks() { #expect(Bool(true)) }
