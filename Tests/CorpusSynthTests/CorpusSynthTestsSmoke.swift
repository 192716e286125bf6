import Testing
@testable import CorpusSynth

@Test func moduleLinks() { #expect(Bool(true)) }
