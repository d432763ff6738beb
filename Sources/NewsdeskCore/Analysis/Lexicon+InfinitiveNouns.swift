extension Lexicon {
  /// Nouns completed by an infinitive that says what they are ("a plan to buy X", "its bid
  /// to win", "an attempt to stop"): the infinitive after them is their clause, not the
  /// purpose of the verb they are the object of.
  static let infinitiveNouns: Set<String> = [
    "plan", "bid", "attempt", "effort", "decision", "intention", "offer", "promise", "pledge",
    "proposal", "move", "agreement", "failure", "refusal", "ability", "right", "chance",
    "opportunity", "permission", "request", "call", "campaign", "drive", "push", "threat",
    "commitment", "deal", "plot", "scheme", "ambition", "desire", "willingness", "readiness",
    "vote", "bill",
  ]
}
