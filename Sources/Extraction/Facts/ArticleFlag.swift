// A segmentation quality flag as the parsed model keeps it: its kind and the line it points at.
import NewsCorpus

/// One of an article's quality flags (``QualityFlag`` without the text it quotes, which the
/// model does not keep): staff look the line up in the file.
public struct ArticleFlag: Hashable, Sendable {
  public var kind: QualityFlag.Kind
  /// The first source line concerned.
  public var line: Int

  public init(_ kind: QualityFlag.Kind, line: Int) {
    self.kind = kind
    self.line = line
  }
}
