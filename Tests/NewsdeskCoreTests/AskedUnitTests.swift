import Testing

@testable import NewsdeskCore

/// Figures in the unit a question asks for, on invented sentences.
@Suite(.needsWordNet) struct AskedUnitTests {
  /// "How far in kilometres": the figure in the unit asked for, whichever way it is spelt.
  @Test(arguments: ["kilometres", "km"])
  func figureInTheAskedUnit(_ unit: String) throws {
    let best = try #require(
      TestSupport.candidates(
        "How many kilometres is the village from the border?",
        in: "The village lies 12 miles, or 19 \(unit), from the border."
      ).first)
    #expect(best.text.hasPrefix("19"), "\(best.trace.summary)")
  }

}
