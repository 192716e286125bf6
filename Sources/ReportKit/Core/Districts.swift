// The Beijing rows of the station table: 16 districts and 经开区, in the standard order.

/// The 16 districts of Beijing and 北京经济技术开发区, in the order of the city's statistics.
// TODO: Gazetteer.beijing.districts (rewired when the gazetteer branch is merged).
public func beijingDistricts() -> [String] {
  [
    "东城区", "西城区", "朝阳区", "丰台区", "石景山区", "海淀区", "门头沟区", "房山区",
    "通州区", "顺义区", "昌平区", "大兴区", "怀柔区", "平谷区", "密云区", "延庆区",
    "北京经济技术开发区",
  ]
}
