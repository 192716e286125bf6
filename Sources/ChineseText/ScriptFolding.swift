// Traditional → Simplified Han folding, scalar by scalar, from a table ICU fills on demand.
import Foundation

/// Folds Traditional Han characters to Simplified (`體` → `体`, `會` → `会`).
///
/// The mapping comes from ICU's `Hant-Hans` transform, run one scalar per line over the scalars
/// of the CJK Unified Ideographs blocks. Only the scalars a caller asks for are transformed (see
/// `FoldingCache`): running ICU over all 27,000 of them cost 0.2 s per process, while a page of
/// text uses a few hundred. A `Table` is an immutable snapshot; folding with it is one lookup.
/// Only one-to-one scalar mappings are kept, so offsets never shift.
public enum ScriptFolding {
  /// The scalars the table covers: Extension A and the CJK Unified Ideographs block.
  static let coveredRange: ClosedRange<UInt32> = 0x3400...0x9FFF

  /// A snapshot of the folding table that knows at least the scalars it was made to cover.
  public struct Table: Sendable {
    /// `values[v - lowerBound]` is the Simplified scalar value for `v` (or `v` itself), or
    /// `FoldingCache.unknown` for a scalar nobody has asked about yet.
    let values: [UInt32]

    /// The Simplified form of a scalar, or the scalar itself.
    @inline(__always)
    public func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
      let value = scalar.value
      guard value >= 0x3400 && value <= 0x9FFF else { return scalar }
      let folded = values[Int(value &- 0x3400)]
      // NB: a scalar outside the snapshot still folds correctly, through the shared cache.
      guard folded != FoldingCache.unknown else { return ScriptFolding.fold(scalar) }
      return Unicode.Scalar(folded) ?? scalar
    }
  }

  /// A snapshot of the table that covers every scalar of `scalars`: one ICU run for the new ones.
  public static func table(covering scalars: some Sequence<Unicode.Scalar>) -> Table {
    FoldingCache.shared.table(covering: scalars)
  }

  /// Whether ICU's `Hant-Hans` transform is available (it is on Linux and macOS).
  public static let isAvailable: Bool = transliterate([0x9AD4]) != [0x9AD4]  // 體

  /// The Simplified form of a scalar, or the scalar itself.
  public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let value = scalar.value
    guard coveredRange.contains(value) else { return scalar }
    let folded = table(covering: CollectionOfOne(scalar)).values[Int(value - coveredRange.lowerBound)]
    return Unicode.Scalar(folded) ?? scalar
  }

  /// Whether `scalar` changes when folded.
  public static func isTraditional(_ scalar: Unicode.Scalar) -> Bool { fold(scalar) != scalar }

  /// Standard Simplified characters that ICU's one-scalar `Hant-Hans` rules still fold, because a
  /// Traditional text writes another word with them: `著` (显著 → 显着), `俱` (俱乐部 → 具乐部),
  /// `跤` (摔跤 → 摔交), `姊` (姊妹), `乾` (乾坤), `藉` (慰藉), `吒`, `苎`, `阪`, `麴`. Found by running the
  /// transform over the CJK block and keeping the GB 2312 characters it changes; the rest of those
  /// (`後`, `於`, `徵`, `夥`, `摺`, `菸`, `箝`, `麽`) are Traditional forms GB 2312 also holds, and fold.
  static let keepsItsOwnForm: Set<UInt32> = Set("著俱跤姊乾藉吒苎阪麴".unicodeScalars.map(\.value))

  /// ICU's Simplified value for each of `values` (the value itself when ICU keeps it, maps it to
  /// something other than one Han scalar, or is not available).
  static func transliterate(_ values: [UInt32]) -> [UInt32] {
    var result = values
    // NB: one scalar per line so ICU's phrase-level rules cannot see neighbours.
    var source = String.UnicodeScalarView()
    source.reserveCapacity(values.count * 2)
    for value in values {
      source.append(Unicode.Scalar(value)!)
      source.append("\n")
    }
    guard
      let folded = String(source).applyingTransform(StringTransform("Hant-Hans"), reverse: false)
    else { return result }
    var index = 0
    for piece in folded.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
      guard index < result.count else { break }
      if piece.count == 1, let simplified = piece.first, simplified.isHan, !keepsItsOwnForm.contains(values[index]) {
        result[index] = simplified.value
      }
      index += 1
    }
    return result
  }
}
