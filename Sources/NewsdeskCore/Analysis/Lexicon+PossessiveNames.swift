extension Lexicon {
  /// Nouns that end the name of a building, institution or place named for its founder or
  /// saint with a possessive: "St Anne's Hospital", "King's College", "St Paul's Cathedral",
  /// "Queen's Park". Across the clitic such a name is one name; before any other noun the
  /// possessive marks an owner ("Ecuador's Interior Minister", "Pernod's Chief Executive").
  static let possessiveNameHeads: Set<String> = [
    "hospital", "infirmary", "clinic", "college", "school", "academy", "university",
    "church", "cathedral", "chapel", "abbey", "priory", "park", "gardens", "square", "street",
    "road", "lane", "bridge", "market", "hall", "house", "palace", "wood", "island", "bay",
    "stadium", "ground", "field", "inn",
  ]
}
