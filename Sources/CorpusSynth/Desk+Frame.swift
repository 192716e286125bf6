// The frame reporters put around an article's own paragraphs, shared by every article shape.

extension Desk {
  /// Frames `paragraphs` (lede first): a scene after the lede, the union's background (when
  /// `background`, four times in five), why it matters with a second scene just before it (seven
  /// times in ten), and a closing line, all in `union`'s name.
  mutating func frame(_ paragraphs: inout [Passage], scenes kind: Scenes.Kind, union: String, background: Bool) {
    let scenes = Scenes.pair(kind, &rng)
    paragraphs.insert(scenes.0, at: min(paragraphs.count, int(1...3)))
    if background, chance(0.8) { paragraphs.append(Phrasebook.background(union, &rng)) }
    paragraphs.append(Scenes.significance(union, &rng))
    if chance(0.7) { paragraphs.insert(scenes.1, at: paragraphs.count - 1) }
    paragraphs.append(Phrasebook.closing(union, &rng))
  }
}
