// The built executables: --help explains the options; a bad input folder fails clearly with no output.
import Foundation
import Testing

@Suite struct ExecutableTests {
  @Test(arguments: Reports.names)
  func helpExplainsEveryOption(name: String) throws {
    let run = try Run.report(name, ["--help"])
    #expect(run.status == 0)
    for option in ["--seeds", "--out", "--lang", "--quiet", "zh", "en"] { #expect(run.output.contains(option), "\(option)") }
  }

  @Test(arguments: Reports.names)
  func missingSeedsFolderFailsWithItsNameAndWritesNothing(name: String) throws {
    let scratch = try Scratch()
    let run = try Run.report(name, ["--seeds", scratch.file("no-such-folder"), "--out", scratch.file("out")])
    #expect(run.status != 0)
    #expect(run.error.hasPrefix("Error: \(scratch.file("no-such-folder")): no such folder"))
    #expect(!FileManager.default.fileExists(atPath: scratch.file("out")))
  }

  @Test func badLanguageIsAnOptionError() throws {
    let run = try Run.report("corpus", ["--lang", "fr"])
    #expect(run.status != 0 && run.error.contains("--lang"))
  }
}
