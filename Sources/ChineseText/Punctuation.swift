// Punctuation classes that decide where sentences, clauses and brackets begin and end.

public enum Punctuation {
  /// Marks that end a sentence: `。！？!?…` (after width folding).
  @inlinable
  public static func endsSentence(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "。", "!", "?", "…", "．": return true
    default: return false
    }
  }

  /// Marks that split clauses inside a sentence: `，、；：` and their ASCII forms.
  @inlinable
  public static func splitsClause(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case ",", "、", ";", ":", "，", "；", "：": return true
    default: return false
    }
  }

  /// Bullets that open an item or a brief (`◆全市设立服务站点98个`, `■本报讯`), and the pictographs a
  /// WeChat post sets its items with (`✅ 职工志愿者：120名`, `📍考点外…`, `👉`, `🔹`).
  @inlinable
  public static func isBullet(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x25A0, 0x25C6, 0x25CF, 0x25B2, 0x2605, 0x2606, 0x25C7, 0x25CE, 0x2022: return true  // ■◆●▲★☆◇◎•
    case 0x25B6...0x25BB: return true  // a post's pointers: ▶▷▸▹►▻
    case 0x2588...0x258F: return true  // a post's heading bar: █▉▊▋▌▍▎▏
    case 0x2705, 0x2714, 0x2611, 0x27A1, 0x27A4, 0x2B50, 0x2B55: return true  // ✅✔☑➡➤⭐⭕
    case 0x1F300...0x1FAFF: return true  // pictographs and emoji: 📍🎓📌👉🔹🔸💡🏆
    case 0x2460...0x249B, 0x2776...0x2793: return true  // numbered items: ①⑴⒈ ❶➀
    default: return false
    }
  }

  /// A bullet, or a middle dot that opens a line's item (`　· 全区驿站：1186个`): only at a line's start,
  /// since inside a line the dot joins a name's parts (`缘来亦庄·青春有约`).
  @inlinable
  public static func isLineBullet(_ s: Unicode.Scalar) -> Bool {
    isBullet(s) || s == "\u{B7}" || s == "\u{30FB}"
  }

  /// Closing quotes and brackets that may follow the sentence-final mark.
  @inlinable
  public static func closes(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "”", "’", "」", "』", ")", "》", "】", "]", "〉", "\"", "'": return true
    default: return false
    }
  }

  /// Opening quotes and brackets.
  @inlinable
  public static func opens(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "“", "‘", "「", "『", "(", "《", "【", "[", "〈": return true
    default: return false
    }
  }

  /// `:` or `：`: what a lead-in, a label or a list item's name ends with.
  public static func isColon(_ s: Unicode.Scalar) -> Bool { s == ":" || s == "：" }

  /// Dashes that end a kicker line (`…——`).
  @inlinable
  public static func isDash(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "—", "―", "─", "-", "–": return true
    default: return false
    }
  }
}
