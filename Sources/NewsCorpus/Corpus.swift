// Staging: raw newspaper page dumps → documents → articles, every line keeping its source location.
import Foundation

/// Every dump of a folder, parsed.
public struct Corpus: Sendable {
  public var documents: [Document]
  /// Files that could not be loaded (and other problems), in file order.
  public var diagnostics: [CorpusDiagnostic]

  /// All articles, in file and line order.
  public var articles: [Article] { documents.flatMap(\.articles) }

  public init(documents: [Document], diagnostics: [CorpusDiagnostic]) {
    self.documents = documents
    self.diagnostics = diagnostics
  }

  /// Loads every regular file of `folder` (sorted by name, hidden files skipped). Throws only
  /// when the folder cannot be read; a bad file becomes a diagnostic and the rest still load.
  public static func load(from folder: String) throws -> Corpus {
    load(files: try CorpusFile.list(in: folder).map(\.path))
  }

  /// Loads the given files: each is decoded and split on its own (no shared state), then
  /// banners recurring across files are found, files are segmented, and years are resolved
  /// with the programme start years of the whole corpus.
  public static func load(files: [String]) -> Corpus {
    var staged: [StagedFile] = []
    var diagnostics: [CorpusDiagnostic] = []
    for path in files {
      do throws(CorpusDiagnostic) {
        let bytes = try CorpusFile.read(path)
        staged.append(try StagedFile(bytes: bytes, file: path))
      } catch {
        diagnostics.append(error)
      }
    }
    let banners = StagedFile.recurringBanners(staged)
    let keys = BannerKeys(banners)
    var documents = staged.map { $0.segment(banners: keys) }
    let starts = ProgrammeStarts.collect(from: documents)
    for index in documents.indices {
      YearResolver.resolve(&documents[index], programmeStarts: starts)
    }
    return Corpus(documents: documents, diagnostics: diagnostics)
  }
}
