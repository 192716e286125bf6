// How far a corpus run has come, reported after every file so a progress line can be drawn.

/// A snapshot of a running load: which pass, how many files, bytes and articles are done.
public struct LoadProgress: Hashable, Sendable {
  /// One pass over the files, within the run's plan of passes.
  public struct Pass: Hashable, Sendable {
    /// What the pass does, in a word or two (`extraction`).
    public let name: String
    /// Its place in the plan, from 1.
    public let number: Int
    /// How many passes the plan has.
    public let count: Int
    /// The share of the run's time spent before this pass starts, and in it (for an estimate of
    /// the time left; from `make bench`).
    public let timeBefore: Double
    public let timeShare: Double
    /// Whether it segments files into articles (a banner pass reads only page tops).
    public let findsArticles: Bool

    /// The passes of a run, in order, with their shares of its time; the first reads banners.
    static func plan(_ passes: KeyValuePairs<String, Double>) -> [Pass] {
      var before = 0.0
      return passes.enumerated().map { index, pass in
        defer { before += pass.value }
        return Pass(
          name: pass.key, number: index + 1, count: passes.count, timeBefore: before, timeShare: pass.value,
          findsArticles: index > 0)
      }
    }

    /// The model's load (`ParsedCorpus.load`): banners, extraction, redo.
    public static let modelLoad = plan(["banners": 0.05, "extraction": 0.90, "redo": 0.05])
    /// Decode each file and read the top of its page for banners.
    public static var banners: Pass { modelLoad[0] }
    /// Segment each file with the banners, resolve years and extract facts with the programme
    /// start years the file states.
    public static var extraction: Pass { modelLoad[1] }
    /// Extract again, with the corpus's start years, the few files that asked for a start year
    /// stated in another file (its totals count only those files).
    public static var redo: Pass { modelLoad[2] }

    /// A listing of whole documents (`CorpusPipeline.documents`): banners, each file segmented
    /// for the start years it states, then each file segmented again and rendered.
    public static let listing = plan(["banners": 0.02, "start years": 0.33, "listing": 0.65])
  }

  public var pass: Pass
  public var filesDone: Int
  public var filesTotal: Int
  public var bytesDone: Int
  public var bytesTotal: Int
  /// Articles found so far in this pass (0 in a banner pass).
  public var articles: Int

  public init(pass: Pass, filesDone: Int, filesTotal: Int, bytesDone: Int, bytesTotal: Int, articles: Int) {
    self.pass = pass
    self.filesDone = filesDone
    self.filesTotal = filesTotal
    self.bytesDone = bytesDone
    self.bytesTotal = bytesTotal
    self.articles = articles
  }

  /// The share of the whole run done: the passes before this one, and this one's share of bytes.
  public var fractionDone: Double {
    let current = bytesTotal > 0 ? Double(bytesDone) / Double(bytesTotal) : 1
    return pass.timeBefore + pass.timeShare * current
  }
}
