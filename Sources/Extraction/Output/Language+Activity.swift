// Activity labels in the report's language: the toolkit's own categories, not words an article prints.

extension Language {
  /// The English names of the shipped activity labels (`Data/activity-labels.tsv`).
  static let activityNames: [String: String] = DataTable.shipped("activity-labels.tsv").records
    .reduce(into: [:]) { $0[$1["label"]] = $1["english"] }

  /// An activity label (`文体活动`) in this language; a label with no English name stays as it is.
  public func activity(_ label: String) -> String {
    self == .zh ? label : Self.activityNames[label] ?? label
  }
}
