// The input files of a corpus folder, in the order every loader reads them.
import Foundation

/// One input file: its path and size in bytes.
public struct CorpusFile: Hashable, Sendable {
  public var path: String
  public var bytes: Int

  public init(path: String, bytes: Int) {
    self.path = path
    self.bytes = bytes
  }

  /// The regular files of `folder`, sorted by name, hidden files skipped; a file given instead of a
  /// folder is a corpus of that one file. Throws `SeedsFolderError` when there is no such folder or
  /// it cannot be read.
  public static func list(in folder: String) throws(SeedsFolderError) -> [CorpusFile] {
    var folderInfo = stat()
    guard stat(folder, &folderInfo) == 0 else { throw .missing(folder) }
    if folderInfo.st_mode & S_IFMT == S_IFREG { return [CorpusFile(path: folder, bytes: Int(folderInfo.st_size))] }
    guard folderInfo.st_mode & S_IFMT == S_IFDIR, let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
    else { throw .unreadable(folder) }
    let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    var files: [CorpusFile] = []
    for name in names.sorted() where !name.hasPrefix(".") {
      let path = base + "/" + name
      // NB: stat follows symbolic links, so a linked dump counts as the file it points to.
      var info = stat()
      guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
      files.append(CorpusFile(path: path, bytes: Int(info.st_size)))
    }
    return files
  }

  /// The file's bytes, or the diagnostic that names it.
  public func read() throws(CorpusDiagnostic) -> [UInt8] { try Self.read(path) }

  /// The bytes of the file at `path`, or the diagnostic that names it.
  public static func read(_ path: String) throws(CorpusDiagnostic) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CorpusDiagnostic(at: SourceLocation(file: path, line: 1), .unreadable("no such file or not readable"))
    }
    return [UInt8](data)
  }
}

/// Why the seeds folder gave no files to read, said as a user would need it.
public enum SeedsFolderError: Error, Hashable, Sendable, CustomStringConvertible {
  case missing(String)
  case unreadable(String)

  public var description: String {
    switch self {
    case .missing(let path): "\(path): no such folder; give the folder that holds the article dumps (--seeds)"
    case .unreadable(let path): "\(path): cannot read the folder's files"
    }
  }
}
