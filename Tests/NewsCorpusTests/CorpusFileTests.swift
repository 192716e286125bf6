// The files a seeds folder gives: a folder's files by name, one file for itself, a clear error for none.
import Foundation
import Testing
@testable import NewsCorpus

@Suite struct CorpusFileTests {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-file-\(UUID().uuidString)").path

  @Test func aFolderGivesItsFilesByNameAndAFileGivesItself() throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for name in ["b.txt", "a.txt", ".hidden"] {
      #expect(FileManager.default.createFile(atPath: folder + "/" + name, contents: Data("工会".utf8)))
    }
    #expect(try CorpusFile.list(in: folder).map(\.path) == [folder + "/a.txt", folder + "/b.txt"])
    #expect(try CorpusFile.list(in: folder + "/b.txt") == [CorpusFile(path: folder + "/b.txt", bytes: 6)])
  }

  @Test func aMissingFolderIsNamed() {
    #expect(throws: SeedsFolderError.missing(folder + "/none")) { try CorpusFile.list(in: folder + "/none") }
    #expect(SeedsFolderError.missing("seeds").description.hasPrefix("seeds: no such folder"))
  }
}
