// Markers written before a term in the data files: when a term counts only in context.

/// How a term in a data file is restricted, from its leading marker.
///
/// `?开发区` counts only when the same text (or article) also names its entry with an unmarked term;
/// `^市总工会` counts only after a boundary (start, punctuation, or a function word such as 由/联合);
/// `~清凉包` (programmes only) is a hallmark of its entry: it counts unless the article's programme
/// is another one (a 暖心伴考 story's 清凉包 are that service's).
public enum TermMarker: Sendable, Hashable {
  case plain
  case needsContext
  case needsBoundary
  case hallmark

  /// Splits a data-file term into its marker and the term itself.
  public static func parse(_ raw: String) -> (marker: TermMarker, term: String) {
    if raw.hasPrefix("?") { return (.needsContext, String(raw.dropFirst())) }
    if raw.hasPrefix("^") { return (.needsBoundary, String(raw.dropFirst())) }
    if raw.hasPrefix("~") { return (.hallmark, String(raw.dropFirst())) }
    return (.plain, raw)
  }
}
