import Testing

@testable import CorpusSynth

@Test(arguments: [(0, "synth_00000.txt"), (42, "synth_00042.txt"), (12345, "synth_12345.txt")])
func pageNamesSort(index: Int, name: String) {
  #expect(SyntheticCorpus.pageName(index) == name)
}
