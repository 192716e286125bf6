// One story before layout: its title block, byline, paragraphs and what its facts default to.
import Extraction

/// A story as a shape writes it; `PageWriter` decides how it lands on the page.
struct ArticleDraft {
  /// Who signs the story.
  enum Byline {
    /// `本报讯（记者 X 通讯员 Y）`, run into the first paragraph.
    case newsflash(reporters: [String], correspondents: [String])
    /// `本报记者 X`, on its own line before the body (feature stories).
    case reporterLine(reporters: [String], correspondents: [String])
    /// A photo story: `本报记者 X 摄` or `摄影报道` after the caption.
    case photo(photographer: String, staff: Bool, report: Bool)
  }

  var kicker: Passage?
  var headline: Passage
  var subtitle: Passage?
  var byline: Byline
  var paragraphs: [Passage]
  /// The programme the facts belong to (`暖心伴考`, `户外劳动者暖心驿站`), or nil.
  var programme: String?
  var scope: Scope
  var year: Int
}
