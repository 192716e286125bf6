// The zip container of an .xlsx: parts by path and their relationships.
import Foundation
import ZIPFoundation

/// The parts of an .xlsx package, read with ZIPFoundation.
struct XlsxPackage {
  let archive: Archive

  init(path: String) throws {
    archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
  }

  /// Paths of every part, in archive order.
  var partNames: [String] { archive.map(\.path) }

  /// The bytes of a part.
  func data(_ part: String) throws -> Data {
    guard let entry = archive[part] else { throw XlsxReadError.missingPart(part) }
    var data = Data()
    let checksum = try archive.extract(entry) { data.append($0) }
    guard checksum == entry.checksum else {
      throw XlsxReadError.badXML(part: part, message: "CRC32 \(checksum) does not match the zip entry's \(entry.checksum)")
    }
    return data
  }

  /// Whether a part exists.
  func has(_ part: String) -> Bool { archive[part] != nil }

  /// The XML of a part.
  func xml(_ part: String) throws -> XMLNode { try XMLNode.parse(try data(part), part: part) }

  /// The relationships of a part (`xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`),
  /// each as id → (type suffix, resolved target path). Missing rels means none.
  func relationships(of part: String) throws -> [String: (type: String, target: String)] {
    let folder = (part as NSString).deletingLastPathComponent
    let file = (part as NSString).lastPathComponent
    let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
    guard has(relsPath) else { return [:] }
    var result: [String: (String, String)] = [:]
    for rel in try xml(relsPath).children("Relationship") {
      guard let id = rel.attributes["Id"], let target = rel.attributes["Target"] else { continue }
      let type = rel.attributes["Type"].map { ($0 as NSString).lastPathComponent } ?? ""
      result[id] = (type, Self.resolve(target, from: folder))
    }
    return result
  }

  /// Resolves a relationship target against the folder of its source part.
  static func resolve(_ target: String, from folder: String) -> String {
    if target.hasPrefix("/") { return String(target.dropFirst()) }
    var parts = folder.split(separator: "/").map(String.init)
    for piece in target.split(separator: "/") {
      if piece == ".." { parts.removeLast(parts.isEmpty ? 0 : 1) } else if piece != "." { parts.append(String(piece)) }
    }
    return parts.joined(separator: "/")
  }
}
