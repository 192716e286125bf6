// How a news story's first sentence opens: with when it happened (`春节前夕，`, `6月7日，`, `近日，`).
import ChineseText

/// Reads the opening of a paragraph: a story opens with a short time phrase and a comma, a
/// sentence that a column broke across a title-like line goes on with whatever words it had.
enum StoryOpening {
  /// The longest time phrase before the first comma, in scalars (`2023年6月7日上午`).
  static let maxPhrase = 12

  /// Words that end a time phrase without a date in it: `春节前夕`, `高考期间`, `国庆节当天`.
  static let timeEndings = ["前夕", "期间", "之际", "当天", "当日", "上午", "下午", "晚上", "以来"].map {
    Array($0.unicodeScalars)
  }

  /// Whether `paragraph` opens with a time phrase and a comma.
  static func opensWithTime(_ paragraph: ParagraphDraft) -> Bool {
    var phrase: [Unicode.Scalar] = []
    for piece in paragraph.pieces {
      for scalar in piece.scalars {
        if scalar == "，" || scalar == "," {
          guard !phrase.isEmpty else { return false }
          return !YearScan.mentions(in: phrase).isEmpty
            || timeEndings.contains { phrase.count > $0.count && phrase[...].endsWithWord($0) }
        }
        guard phrase.count < maxPhrase else { return false }
        phrase.append(scalar)
      }
    }
    return false
  }
}
