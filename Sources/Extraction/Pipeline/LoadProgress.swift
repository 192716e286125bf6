// How far a corpus load has come, reported after every file so a progress line can be drawn.

/// A snapshot of a running load: which pass, how many files, bytes and articles are done.
public struct LoadProgress: Hashable, Sendable {
  /// The loader's passes, in order.
  public enum Pass: Int, Hashable, Sendable, CaseIterable {
    /// Decode each file and read the top of its page for banners.
    case banners = 1
    /// Segment each file with the banners, resolve years and extract facts with the programme
    /// start years the file states.
    case extraction
    /// Extract again, with the corpus's start years, the few files that asked for a start year
    /// stated in another file (its totals count only those files).
    case redo

    public var name: String {
      switch self {
      case .banners: "banners"
      case .extraction: "extraction"
      case .redo: "redo"
      }
    }
  }

  public var pass: Pass
  public var filesDone: Int
  public var filesTotal: Int
  public var bytesDone: Int
  public var bytesTotal: Int
  /// Articles found so far in this pass (0 in the banner pass, which does not segment).
  public var articles: Int

  public init(pass: Pass, filesDone: Int, filesTotal: Int, bytesDone: Int, bytesTotal: Int, articles: Int) {
    self.pass = pass
    self.filesDone = filesDone
    self.filesTotal = filesTotal
    self.bytesDone = bytesDone
    self.bytesTotal = bytesTotal
    self.articles = articles
  }
}
