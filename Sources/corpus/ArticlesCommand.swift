import ArgumentParser

/// `corpus articles`: one line or JSON object per article.
struct ArticlesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "articles", abstract: "List the articles.")
  func run() throws { throw ValidationError("not built yet") }
}
