import Testing
@testable import ReportKit

@Test func moduleLinks() { #expect(Bool(true)) }
