import Testing
@testable import Xlsx

@Test func moduleLinks() { #expect(Bool(true)) }
