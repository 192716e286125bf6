// The cheap first pass for corpus-wide banners: only the top of each page is read.
import ChineseText

/// Banner candidates of one file: the unpunctuated short lines at the top of its page.
///
/// `StagedFile.recurringBanners` needs every file staged at once; a survey needs only the first
/// lines of each, so a streaming loader can learn the corpus's banners before it segments.
public struct BannerSurvey: Sendable {
  /// Banner keys (normalised, spaces removed) of the file's top lines.
  public let candidates: Set<String>
  /// The fingerprint of the file's top lines (`StagedFile.topZone(of:)`).
  public let zone: UInt64

  /// The scalars a page's top lines usually fit in.
  static let topScalars = 8_192
  /// The bytes decoded first: the top lines of a page fit in far fewer.
  static let topBytes = 8_192

  /// Decodes the top of `bytes` (throwing the same diagnostic as `StagedFile`) and reads lines
  /// only until the banner zone and the line below it are read; the rest of the file is decoded
  /// only if a line runs past.
  public init(bytes: [UInt8], file: String) throws(CorpusDiagnostic) {
    var (decoded, complete) = try TextDecoder.decodeTop(bytes, file: file, limit: Self.topBytes)
    var scalars = decoded.scalars
    var lines: [SourceLine] = []
    var start = 0
    var number = 1
    var contentLines = 0
    var index = 0
    // The script folding table covers the top of the page, or the whole page if a line runs past it.
    var covered = min(scalars.count, Self.topScalars)
    var folding = ScriptFolding.table(covering: scalars[..<covered])
    // NB: one content line past the zone: the zone's last line is a candidate only when the line
    // below it could be a title (`titleKeys` reads it too).
    while contentLines <= StagedFile.bannerZone, start <= scalars.count {
      while index < scalars.count, scalars[index] != "\n" { index += 1 }
      if index == scalars.count, !complete {
        // NB: the line may go on past the decoded top: decode it all and read on from here.
        decoded = try TextDecoder.decode(bytes, file: file)
        scalars = decoded.scalars
        complete = true
        continue
      }
      if index > covered {
        covered = scalars.count
        folding = ScriptFolding.table(covering: scalars)
      }
      let line = SourceLine(scalars, range: start..<index, number: number, folding: folding)
      if !line.isBlank { contentLines += 1 }
      lines.append(line)
      index += 1
      start = index
      number += 1
    }
    candidates = StagedFile.titleKeys(atTopOf: lines)
    zone = StagedFile.topZone(of: lines)
  }

  /// Banners: candidates that recur in two or more files.
  public static func banners(_ surveys: some Sequence<BannerSurvey>) -> Set<String> {
    recurring(surveys.map { (zone: $0.zone, keys: $0.candidates) })
  }

  /// Keys found in two or more of the files' key sets, counting files with the same top once (a
  /// page saved twice).
  static func recurring(_ tops: some Sequence<(zone: UInt64, keys: Set<String>)>) -> Set<String> {
    var counts: [String: Int] = [:]
    var seen: Set<UInt64> = []
    for top in tops where seen.insert(top.zone).inserted {
      for key in top.keys { counts[key, default: 0] += 1 }
    }
    return Set(counts.filter { $0.value >= 2 }.keys)
  }
}
