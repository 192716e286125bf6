// Loading the parsed model from a folder of article dumps.

extension ParsedCorpus {
  /// Every article, fact and station mention of the dumps in `folder`.
  ///
  /// Throws when the folder cannot be read; a bad file becomes an error diagnostic and the rest loads.
  public static func load(from folder: String) throws -> ParsedCorpus {
    // NB: development placeholder until the fact extractor is merged (same session); never shipped.
    throw LoadError.extractorNotMerged(folder)
  }

  enum LoadError: Error { case extractorNotMerged(String) }
}
