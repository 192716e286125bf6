// A paragraph or title as words and planted figures, written with string interpolation.

/// Text with planted figures in it: `"设立\(stations)伴考服务站点"`.
struct Passage: ExpressibleByStringInterpolation {
  enum Piece {
    case words(String)
    case figure(Figure)
    /// A byline run-in (`本报讯（记者 X）`): printed, but no quote reaches across it.
    case byline(String)
  }

  var pieces: [Piece]

  init(pieces: [Piece]) { self.pieces = pieces }

  init(stringLiteral value: String) { pieces = [.words(value)] }

  init(stringInterpolation: Interpolation) { pieces = stringInterpolation.pieces }

  struct Interpolation: StringInterpolationProtocol {
    var pieces: [Piece] = []
    init(literalCapacity: Int, interpolationCount: Int) {}
    mutating func appendLiteral(_ literal: String) { words(literal) }
    mutating func appendInterpolation(_ text: String) { words(text) }
    /// A number that is not a fact (money, dates, areas): printed as plain words.
    mutating func appendInterpolation(_ number: Int) { words(String(number)) }
    mutating func appendInterpolation(_ figure: Figure) { pieces.append(.figure(figure)) }

    private mutating func words(_ text: String) {
      guard !text.isEmpty else { return }
      if case .words(let before)? = pieces.last {
        pieces[pieces.count - 1] = .words(before + text)
      } else {
        pieces.append(.words(text))
      }
    }
  }

  /// Whether a figure is planted in the text.
  var hasFigures: Bool {
    pieces.contains { if case .figure = $0 { true } else { false } }
  }
}
