import Extraction
import NewsCorpus
import Testing

/// On a synthetic corpus with many files, banners and programme starts that cross files, the
/// streaming loader matches the in-memory one whatever the thread count.
@Suite struct PipelineEquivalenceTests {
  @Test func streamedModelMatchesTheInMemoryOne() throws {
    let corpus = try TestCorpus(articles: 200, seed: 23)
    defer { corpus.remove() }
    let reference = ParsedCorpus(try Corpus.load(from: corpus.folder.path))
    #expect(reference.files.count > 10)
    for workers in [1, 3] {
      let streamed = try CorpusPipeline(folder: corpus.folder.path, workers: workers).run()
      #expect(streamed.files == reference.files)
      #expect(streamed.articles == reference.articles)
      #expect(streamed.facts == reference.facts)
      #expect(streamed.stationMentions == reference.stationMentions)
      #expect(streamed.diagnostics == reference.diagnostics)
    }
  }
}
