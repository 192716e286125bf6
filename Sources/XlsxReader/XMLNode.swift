// A minimal XML tree built with Foundation's XMLParser, enough to read the parts of an .xlsx.
import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// One XML element: qualified name as written (`c:barChart`), attributes, children and the text
/// directly inside it.
public final class XMLNode {
  public let name: String
  public let attributes: [String: String]
  public private(set) var children: [XMLNode] = []
  public private(set) var text = ""

  init(name: String, attributes: [String: String]) {
    self.name = name
    self.attributes = attributes
  }

  /// The element's name without its namespace prefix: `c:barChart` → `barChart`.
  public var localName: String { name.split(separator: ":").last.map(String.init) ?? name }

  /// The first direct child with this qualified name.
  public func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }

  /// Direct children with this qualified name.
  public func children(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }

  /// All descendants (depth first, document order) with this qualified name.
  public func descendants(_ name: String) -> [XMLNode] {
    var found: [XMLNode] = []
    for child in children {
      if child.name == name { found.append(child) }
      found += child.descendants(name)
    }
    return found
  }

  /// Follows a path of child names: `node.path("c:tx", "c:strRef", "c:f")`.
  public func path(_ names: String...) -> XMLNode? {
    var node: XMLNode? = self
    for name in names { node = node?.child(name) }
    return node
  }

  /// The text of this element and all its descendants, concatenated.
  public var allText: String { text + children.map(\.allText).joined() }

  /// Parses XML data into its root element.
  public static func parse(_ data: Data, part: String) throws -> XMLNode {
    let builder = TreeBuilder()
    let parser = XMLParser(data: data)
    parser.delegate = builder
    guard parser.parse(), let root = builder.root else {
      throw XlsxReadError.badXML(part: part, message: parser.parserError.map { "\($0)" } ?? "no root element")
    }
    return root
  }

  fileprivate func append(_ child: XMLNode) { children.append(child) }
  fileprivate func appendText(_ more: String) { text += more }
}

/// Builds the tree from XMLParser's events.
private final class TreeBuilder: NSObject, XMLParserDelegate {
  var root: XMLNode?
  var stack: [XMLNode] = []

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes: [String: String] = [:]
  ) {
    let node = XMLNode(name: elementName, attributes: attributes)
    if let parent = stack.last { parent.append(node) } else { root = node }
    stack.append(node)
  }

  func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
    stack.removeLast()
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    stack.last?.appendText(string)
  }
}
