// The text encodings a dump may arrive in, as detected from its bytes.

/// The encoding a file was decoded from.
public enum TextEncoding: String, Hashable, Sendable, Codable {
  case utf8 = "UTF-8"
  case utf8BOM = "UTF-8 with BOM"
  case utf16LE = "UTF-16LE"
  case utf16BE = "UTF-16BE"
  case gb18030 = "GB18030"
}
