// How far a corpus load has come, reported after every file so a progress line can be drawn.

/// A snapshot of a running load: which pass, how many files, bytes and articles are done.
public struct LoadProgress: Hashable, Sendable {
  /// The loader's passes, in order.
  public enum Pass: Int, Hashable, Sendable, CaseIterable {
    /// Decode each file and read the top of its page for banners.
    case banners = 1
    /// Segment each file and collect programme start years.
    case programmeStarts
    /// Segment again with everything known, resolve years and extract facts.
    case extraction

    public var name: String {
      switch self {
      case .banners: "banners"
      case .programmeStarts: "programme starts"
      case .extraction: "extraction"
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
