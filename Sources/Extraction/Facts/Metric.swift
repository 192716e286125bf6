// What a counted figure measures, decided from the measure word and the nouns around it.

/// The meaning of a fact's number. Raw values are the JSON spellings of `corpus facts`.
public enum Metric: String, Hashable, Sendable, CaseIterable, Codable, Comparable {
  /// 志愿者: volunteers, in 名/人/位/人次.
  case volunteers
  /// 服务队 / 志愿队伍: volunteer teams, in 支/个.
  case volunteerTeams = "volunteer_teams"
  /// 站点 / 服务点 / 驿站: service points people can walk into.
  case stations
  /// 伴考包 / 暖心包 / 温暖包 / 慰问品: packs and gifts handed out.
  case packs
  /// 服务…人次 / 惠及N名: people or person-times served.
  case peopleServed = "people_served"
  /// 小时: hours of service given.
  case serviceHours = "service_hours"
  /// N名职工参与: people, families or teams taking part in an activity.
  case participants
  /// Anything else (money, areas, organisations, events…); never shown as a programme figure.
  case other

  /// Who or what gives a service (volunteers, their teams, stations): never its recipients, so a
  /// cue of service around them (`参与服务的志愿者`) is their own doing, not a count of people served.
  var isProvider: Bool { self == .volunteers || self == .volunteerTeams || self == .stations }

  /// The Chinese column label staff read in the workbooks.
  public var label: String {
    switch self {
    case .volunteers: "志愿者"
    case .volunteerTeams: "志愿服务队"
    case .stations: "服务站点"
    case .packs: "礼包/慰问品"
    case .peopleServed: "服务人次"
    case .serviceHours: "服务时长(小时)"
    case .participants: "参与人数"
    case .other: "其他"
    }
  }

  /// The English label for `--lang en`.
  public var englishLabel: String {
    switch self {
    case .volunteers: "Volunteers"
    case .volunteerTeams: "Volunteer teams"
    case .stations: "Service stations"
    case .packs: "Packs handed out"
    case .peopleServed: "People served"
    case .serviceHours: "Service hours"
    case .participants: "Participants"
    case .other: "Other"
    }
  }

  public static func < (lhs: Metric, rhs: Metric) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
