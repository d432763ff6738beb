/// The registry: every rule the short-answer scorer applies, in the order it applies them
/// (the order matters only to the last bit of a score, and keeps scores as they were).
enum AnswerRules {
  /// Rules that scale a candidate's type fit.
  static let typeFit: [any AnswerRule] = [
    OtherKindFitRule(), UnnamedWhenNameAskedRule(), CountedNounRule(), ShareForCountRule(),
    DateForUntimedQuestionRule(),
    CountForMeasureRule(), AgeAskedRule(),
  ]

  /// Rules that scale a candidate's shape.
  static let shape: [any AnswerRule] = [
    KindModifierRule(), CopulaRule(), NameKindRule(), StrandedPrepositionRule(),
    TitleAskedRule(), CalledOrQuotedRule(), CutNameRule(), ModifierAloneRule(),
    NameWhenNameAskedRule(), NameForNounQuestionRule(), CoordinatedWithAskedRule(),
    NamedPlaceRule(), WithinAskedPlaceRule(), CueRule(), DefinedByNameRule(),
    ActionOfAskedSubjectRule(), AppositionRule(), NameModifiesNounRule(), VerbRoleRule(),
    SpeakerOfSayingRule(), AlignedRoleRule(), ModifierOfAlignedVerbRule(),
    PlaceInVerbPhraseRule(),
    OtherClauseRule(), PartialPhraseRule(), DanglingEdgeRule(), AskedSlotRule(),
    ModifierLeftOutRule(),
    PartOfLongerNameRule(), CountOfOtherActRule(),
    TitleCutShortRule(), NonPlacePrepositionRule(), PlaceOfPlacePhraseRule(),
    PartOfJoinedNameRule(), AskedNumberRule(), NamedArgumentRoleRule(),
    RenamesGivenArgumentRule(), PossessorOfAskedNounRule(), AgentNounAppositionRule(),
    AppositiveOfAskedNounRule(), OtherNamedActorRule(), NounComplementAsPurposeRule(),
    AppositionToAskedNameRule(),
  ]

  static var all: [any AnswerRule] { typeFit + shape }

  /// The rule of that name, if one is registered.
  static func named(_ name: String) -> (any AnswerRule)? {
    all.first { $0.name == name }
  }
}
