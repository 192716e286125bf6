// FileName.of answers as NSString.lastPathComponent does.
import Foundation
import Testing

@testable import Extraction

@Suite struct FileNameTests {
  @Test(arguments: [
    "seeds/003_a07a59b70d268fc0.txt", "/tmp/bench/c10000/x.txt", "a//b", "/x", "name.txt", "", "/", "dir/",
    "dir//", "./a", "a/./b", "种子/文章.txt",
  ])
  func agreesWithNSString(path: String) {
    #expect(FileName.of(path) == (path as NSString).lastPathComponent)
  }
}
