// An article record's year evidence, kept in a few bytes and one string.
import NewsCorpus

extension ArticleRecord {
  /// How the year was found: the kind, quote, line and reason (worded by
  /// `Language.yearEvidence(_:year:)` when a report shows it).
  public var yearEvidence: YearEvidence {
    get {
      let line = yearLine == 0 ? nil : Int(yearLine)
      let reason: YearEvidence.Reason
      switch yearBasis {
      case .latestStated: reason = .latestStated
      case .latestStatedForItsEvents: reason = .latestStatedForItsEvents
      case .relativeToThePage: reason = .relativeToThePage
      case .pageYear: reason = .pageYear
      case .relativeWithoutPageYear: reason = .relativeWithoutPageYear
      case .noSupport: reason = .noSupport
      case .unresolved: reason = .unresolved
      case .anniversary(let ordinal, let nameLength):
        let scalars = yearText.unicodeScalars
        let split = scalars.index(scalars.startIndex, offsetBy: Int(nameLength))
        let name = String(scalars[..<split])
        return YearEvidence(.anniversary(programme: name, ordinal: Int(ordinal)), quote: String(scalars[split...]), line: line)
      }
      return YearEvidence(reason, quote: yearText, line: line)
    }
    set {
      // NB: lines count from 1, so 0 stands for none.
      yearLine = Int32(clamping: newValue.line ?? 0)
      yearText = newValue.quote
      switch newValue.reason {
      case .latestStated: yearBasis = .latestStated
      case .latestStatedForItsEvents: yearBasis = .latestStatedForItsEvents
      case .relativeToThePage: yearBasis = .relativeToThePage
      case .pageYear: yearBasis = .pageYear
      case .relativeWithoutPageYear: yearBasis = .relativeWithoutPageYear
      case .noSupport: yearBasis = .noSupport
      case .unresolved: yearBasis = .unresolved
      case .anniversary(let programme, let ordinal):
        // NB: YearScan reads ordinals up to 100 and ProgrammeStarts quotes names of 2 to 10
        // scalars, so both fit a byte.
        guard let ordinal = UInt8(exactly: ordinal), let nameLength = UInt8(exactly: programme.unicodeScalars.count) else {
          preconditionFailure("anniversary \(ordinal) of “\(programme)”: ordinal or name longer than 255")
        }
        yearBasis = .anniversary(ordinal: ordinal, nameLength: nameLength)
        yearText = programme + newValue.quote
      }
    }
  }
}

/// A ``YearEvidence/Reason`` in three bytes, which fit with the line in the padding after a
/// record's year. An anniversary's programme name is kept in front of its quote, in one string.
enum YearBasis: Hashable, Sendable {
  case latestStated, latestStatedForItsEvents, relativeToThePage, pageYear, relativeWithoutPageYear, noSupport, unresolved
  case anniversary(ordinal: UInt8, nameLength: UInt8)
}
