// Markers written before a term in the data files: when a term counts only in context.

/// How a term in a data file is restricted, from its leading marker.
///
/// `?开发区` counts only when the same text (or article) also names its entry with an unmarked term;
/// `^市总工会` counts only after a boundary (start, punctuation, or a function word such as 由/联合).
public enum TermMarker: Sendable, Hashable {
  case plain
  case needsContext
  case needsBoundary

  /// Splits a data-file term into its marker and the term itself.
  public static func parse(_ raw: String) -> (marker: TermMarker, term: String) {
    if raw.hasPrefix("?") { return (.needsContext, String(raw.dropFirst())) }
    if raw.hasPrefix("^") { return (.needsBoundary, String(raw.dropFirst())) }
    return (.plain, raw)
  }
}
