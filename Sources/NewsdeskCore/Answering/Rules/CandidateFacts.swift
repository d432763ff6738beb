/// What the rules read of one sentence, worked out once for all its candidates.
struct SentenceFacts {
  let words: SentenceWords
  /// The sentence's parse, where one was made; the surface rules read `words`.
  let annotated: AnnotatedSentence?
  /// The parse with the words laid over it, where one was made.
  let parsed: ParsedWords?
  /// The question's verb and asked role found in the parse; nil when either parse gives no
  /// such reading, and the parse rules then leave the candidate alone.
  let alignment: ParseAlignment?
  let context: ShortAnswerExtractor.QuestionContext
  /// The answer type the question asks for (for a quote, the spans are read as `.other`,
  /// but the rules still see `.quote`).
  let type: AnswerType
  /// The extractor whose span helpers the rules call.
  let extractor: ShortAnswerExtractor
  /// WordNet and the closed word classes, as the extractor reads them.
  var lexicon: Lexicon { extractor.lexicon }
  /// Where the question's verb stands in the sentence, if it does.
  let verbPosition: Int?
  /// Where the question's terms occur, with their weights.
  let anchors: [(position: Int, weight: Double)]
  /// The question's total term weight, never 0.
  let totalWeight: Double
  /// By position: whether the word repeats the question.
  let repeats: [Bool]
  /// The index term of the noun the question asks about ("which battle").
  let headTerm: String?
  /// By position: whether the word ends another person's name than the question's.
  let sharedNameEnds: [Bool]
  /// By position: whether the word opens another person's name than the question's
  /// ("Shi Bingzhi" when the question says "Shi Tianze").
  let sharedNameStarts: [Bool]
  /// Pronouns and role nouns that may answer with the name they stand for.
  let mentions: [ReferenceResolver.Mention]
  /// For "who said …?": where the sentence's speakers stand; nil for other questions.
  let speakerRanges: [Range<Int>]?
  /// Names written with small words inside them (`namePhraseSpans`): offered as candidates
  /// and read by `PartOfLongerNameRule` for every name candidate, so found once.
  let namePhrases: [ClosedRange<Int>]
  /// Where the question's wh-phrase hangs in the question's parse (`AskedSlot`); nil without
  /// a parse or when it hangs from no word of content.
  let askedSlot: AskedSlot?
  /// Where no predicate is the question's verb: the tokens heading the asked role's
  /// argument of a predicate that has the question's named argument (`NamedArgumentRole`).
  let askedBesideNamedArgument: [Int]
  /// Descriptions of several words that stand for a name given elsewhere ("the 45-year-old",
  /// "A senior Tory MP"): a phrase inside one only describes that name.
  let describedSpans: [ClosedRange<Int>]
}

/// What the rules read of one candidate span, after trimming.
struct CandidateFacts {
  /// The span after trimming, by word position.
  let span: ClosedRange<Int>
  /// How well the span's kind fits the type asked, as the span generator judged it.
  let spanFit: Double
  /// The pronoun or role noun it is, when it stands for a name.
  let mention: ReferenceResolver.Mention?
  /// Set when the span is a name carrying the asked noun ("Battle of Dalan Balzhut").
  let isNameOfAskedKind: Bool
  /// The phrase's head, cut off as a question word: what is left modifies it.
  let lostHead: String?
  /// Whether the lost head is the noun the question asks about ("which mantle").
  let modifiesAskedNoun: Bool
  /// A capitalised question word was cut from a name ("James Watt" → "James").
  let cutName: Bool
  /// A name: capitalised (not only as the sentence's opener) or a pronoun standing for one.
  let isName: Bool
  /// In quotation marks.
  let isQuoted: Bool
  /// How the name's kind agrees with the noun asked ("which city": Ecuador is a country);
  /// read by two rules, so worked out once.
  let kindAgreement: Double
}
