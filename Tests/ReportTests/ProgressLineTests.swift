import Extraction
import Synchronization
import Testing

@testable import ReportKit

@Suite struct ProgressLineTests {
  let halfway = LoadProgress(pass: .extraction, filesDone: 248, filesTotal: 496, bytesDone: 7_250_000, bytesTotal: 14_500_000, articles: 4_600)

  @Test func showsFilesArticlesMegabytesRateAndTimeLeft() {
    let line = ProgressLine.render(halfway, elapsed: .seconds(10), inPass: .seconds(5))
    #expect(line == "extraction 2/3 · 248/496 files · 4,600 articles · 7.2/14.5 MB · 1.4 MB/s · about 10 s left")
  }

  @Test func theBannerPassCountsNoArticles() {
    var progress = halfway
    progress.pass = .banners
    #expect(!ProgressLine.render(progress, elapsed: .seconds(1), inPass: .seconds(1)).contains("articles"))
  }

  @Test func timeLeftCountsThePassesStillToCome() {
    var progress = halfway
    progress.pass = .banners
    progress.bytesDone = progress.bytesTotal
    #expect(progress.fractionDone == LoadProgress.Pass.banners.timeShare)
    progress.pass = .redo
    #expect(progress.fractionDone == 1)
  }

  /// `corpus articles` runs its own three passes; the line names them and counts them as its own.
  @Test func drawsTheListingsPassesAsItsOwn() {
    let listing = LoadProgress.Pass.listing
    #expect(listing.map(\.name) == ["banners", "start years", "listing"])
    #expect(listing.map(\.timeShare).reduce(0, +) == 1)
    var progress = halfway
    progress.pass = listing[1]
    let line = ProgressLine.render(progress, elapsed: .seconds(10), inPass: .seconds(5))
    #expect(line.hasPrefix("start years 2/3 · 248/496 files · 4,600 articles"))
    progress.pass = listing[2]
    progress.bytesDone = progress.bytesTotal
    #expect(progress.fractionDone == 1)
  }

  @Test func showsWhatTheRunDoesAfterTheLoadInPlace() {
    let written = Mutex<[String]>([])
    let line = ProgressLine(write: { text in written.withLock { $0.append(text) } }, delay: .zero)
    let (first, last) = ("reports · 1/4 written · volunteer-growth.xlsx", "reports · 4/4 written · corpus.xlsx")
    line.show(first)
    line.show(last)
    line.finish()
    let texts = written.withLock { $0 }
    #expect(texts.first == "\r" + first)
    #expect(texts[1] == "\r" + last + String(repeating: " ", count: first.count - last.count))  // over the longer tail
    #expect(texts.last == "\r" + String(repeating: " ", count: last.count) + "\r")
    let silent = ProgressLine(write: nil)
    silent.show("reports · 1/4 written · corpus.xlsx")  // quiet or not a terminal: nothing
  }

  @Test func drawsInPlaceAndClearsAtTheEnd() {
    let written = Mutex<[String]>([])
    let line = ProgressLine(write: { text in written.withLock { $0.append(text) } }, delay: .zero)
    line.update(halfway)
    line.finish()
    let texts = written.withLock { $0 }
    #expect(texts.count == 2)
    #expect(texts.first?.hasPrefix("\rextraction 2/3 · 248/496 files") == true)
    #expect(texts.last == "\r" + String(repeating: " ", count: texts[0].count - 1) + "\r")
  }

  /// A pass that began before the line first draws is timed from its first file, not from the
  /// first drawing (which would show all its bytes over a moment).
  @Test func ratesAPassFromItsFirstFileEvenBeforeTheLineDraws() async throws {
    let written = Mutex<[String]>([])
    let line = ProgressLine(write: { text in written.withLock { $0.append(text) } }, delay: .milliseconds(300))
    var first = halfway
    (first.filesDone, first.bytesDone) = (1, 29_000)
    line.update(first)
    try await Task.sleep(for: .milliseconds(350))
    line.update(halfway)
    let drawn = try #require(written.withLock { $0 }.last)
    let rate = try #require(drawn.split(separator: " · ").first { $0.hasSuffix("MB/s") }?.split(separator: " ").first)
    #expect(try #require(Double(rate)) <= 7.25 / 0.3)  // 7.25 MB in at least 0.3 s
  }

  @Test func staysSilentForShortRunsAndWhenQuiet() {
    let written = Mutex<[String]>([])
    let line = ProgressLine(write: { text in written.withLock { $0.append(text) } })
    line.update(halfway)
    line.finish()
    #expect(written.withLock { $0.isEmpty })
    #expect(ProgressLine(quiet: true).isSilent)
  }
}
