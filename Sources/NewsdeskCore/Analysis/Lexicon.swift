/// The lexicon the rules read: what they ask of WordNet, with answers that stay sensible when
/// WordNet is not installed (every question then falls back to the surface rules), and the
/// named word lists they share, the closed word classes among them: each list is kept here
/// once, and every stage reads it from here.
///
/// A value, opened once by whoever builds the engine (`Lexicon.installed()`, in Engine/) and
/// passed to every stage that reads words, so that nothing finds WordNet through a global and
/// a test can run any stage with or without it.
public struct Lexicon: Sendable {
  /// The WordNet database, or nil when it is not installed.
  public let wordNet: WordNet?
  /// The tagger and parser over the syntax model, reading lemmas from `wordNet`; nil when the
  /// model file is missing or unreadable, and the answer rules then read the surface alone.
  public let annotator: SentenceAnnotator?
  /// Irregular verb forms, so that "met" finds "meet" and "blew" finds "blow": the stemmer
  /// only strips suffixes. Read once from WordNet; empty without it.
  let irregularVerbs: [String: String]
  /// Irregular noun plurals, so that "women" finds "woman" and "children" finds "child".
  let irregularNouns: [String: String]

  public init(wordNet: WordNet?, syntax: SyntaxModel?) {
    let words = Lexicon(
      wordNet: wordNet, irregularVerbs: wordNet?.irregularVerbs ?? [:],
      irregularNouns: wordNet?.irregularNouns ?? [:])
    self.wordNet = wordNet
    self.irregularVerbs = words.irregularVerbs
    self.irregularNouns = words.irregularNouns
    // The annotator reads each sentence's names with the same WordNet as every other stage.
    self.annotator = syntax.map {
      SentenceAnnotator(model: $0, lexicon: wordNet, entities: EntityReader(lexicon: words))
    }
  }

  /// The lexicon without the parser: the words alone, for the entity reader the parser's
  /// annotator itself holds.
  private init(
    wordNet: WordNet?, irregularVerbs: [String: String], irregularNouns: [String: String]
  ) {
    self.wordNet = wordNet
    self.annotator = nil
    self.irregularVerbs = irregularVerbs
    self.irregularNouns = irregularNouns
  }

  /// The singular of an irregular plural ("women" → woman), else nil.
  func irregularSingular(of word: String) -> String? {
    irregularNouns[word] ?? wordNet?.singularOfMen(word)
  }

  /// The parts of speech a lower-cased word can have, most common first; empty when unknown.
  func partsOfSpeech(_ word: String) -> [WordNetPOS] {
    wordNet?.partsOfSpeech(word) ?? []
  }

  /// A word WordNet knows only as something other than a noun: a verb, adjective or adverb
  /// that cannot head a noun phrase.
  func cannotBeNoun(_ word: String) -> Bool {
    let parts = partsOfSpeech(word)
    return !parts.isEmpty && !parts.contains(.noun)
  }

  /// A word that is mostly a verb or adverb: it ends a noun phrase.
  func isVerbOrAdverb(_ word: String) -> Bool {
    let parts = partsOfSpeech(word)
    return !parts.isEmpty && !parts.contains(.noun) && !parts.contains(.adjective)
  }

  /// A capitalised sentence opener that is an ordinary word, not a name: WordNet's most
  /// common reading of it is not a noun ("Recent", "Today", "Conversely").
  func isOrdinaryOpener(_ word: String) -> Bool {
    guard let first = partsOfSpeech(word).first else { return false }
    return first != .noun
  }
}

/// The named word lists the answering rules share, each kept once here.
extension Lexicon {
  /// Words of a person's title: a name after them is a person's ("President Daniel Noboa").
  static let titles: Set<String> = [
    "president", "minister", "secretary", "senator", "sen", "gen", "general", "mr", "mrs", "ms",
    "dr", "prime", "interior", "foreign", "state", "chief", "leader", "governor", "mayor", "king",
    "queen", "pope", "judge", "ambassador", "rep", "gov", "lt", "col", "sgt", "capt", "prof",
  ]
  /// Words of address that belong to a name, not a role: "Dr Liam Fox" is no answer to who
  /// Liam Fox is, and "Sir" no part of whom a name picks out.
  static let honorifics: Set<String> = [
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "rev", "st", "saint",
  ]
  /// Lower-case words inside a name ("University of Melbourne", "Ursula von der Leyen").
  static let nameConnectors: Set<String> = [
    "de", "del", "of", "la", "van", "von", "al", "bin", "da",
  ]
  /// Month names and their abbreviations.
  static let months: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
  ]
  /// Weekday names, Sunday first (as `CalendarDate.weekday` counts them).
  static let weekdayNames = [
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
  ]
  static let weekdays = Set(weekdayNames)
  /// The copula's forms a question and a sentence use to say what something is.
  static let copulas: Set<String> = ["is", "was", "are", "were"]
  /// The articles: a name or role phrase may open with one ("the official", "a businessman").
  static let articles: Set<String> = ["the", "a", "an"]
  /// Possessive determiners: "his" before a verb is no speaker, "their" no one asked for.
  static let possessiveDeterminers: Set<String> = [
    "his", "her", "its", "their", "my", "our", "your",
  ]
  /// Pronouns that open a relative clause describing the noun before them.
  static let relativePronouns: Set<String> = ["who", "whose", "which", "whom"]
  /// Subordinators of a reason, condition or concession ("as they were not costly enough").
  static let reasonMarkers: Set<String> = [
    "because", "as", "since", "although", "though", "unless", "if", "so",
  ]
}

/// Closed-class English words: the ones that glue a sentence together and are never an answer
/// on their own. Knowing them is most of what chunking needs without a tagger.
extension Lexicon {
  static let determiners: Set<String> = [
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
    "my", "your", "some", "any", "each", "every", "no", "another", "such", "both", "either",
    "neither", "all", "most", "many", "much", "several", "few", "more", "less",
  ]
  /// Determiners that carry meaning an answer keeps: "no mercy", "more attacks".
  static let quantifiers: Set<String> = [
    "no", "more", "less", "many", "much", "several", "few", "most", "all", "both",
  ]
  static let prepositions: Set<String> = [
    "of", "in", "on", "at", "to", "from", "by", "with", "for", "about", "into", "onto", "over",
    "under", "between", "among", "through", "during", "after", "before", "since", "until",
    "against", "without", "within", "across", "along", "around", "behind", "beyond", "near",
    "toward", "towards", "upon", "via", "per", "despite", "throughout", "like", "unlike",
    "including", "than", "as", "amid", "outside", "inside", "above", "below", "beneath",
  ]
  /// Prepositions that place a thing or an event somewhere ("in Quito", "near the border").
  /// Not "into", "over" or "from": they more often lead somewhere figurative ("made it into
  /// the charts") or say where from ("hanged himself from the bars").
  static let placePrepositions: Set<String> = [
    "in", "at", "on", "near", "outside", "inside", "across", "throughout", "within", "around",
    "behind", "beside", "opposite", "along",
  ]
  /// Prepositions of movement to or from a place ("to Quito", "from the capital").
  static let directionPrepositions: Set<String> = ["to", "into", "from"]
  /// Either: after one an unknown name is likelier a place than elsewhere.
  static let placeOrDirectionPrepositions = placePrepositions.union(directionPrepositions)
  /// Prepositions that place an event in time ("in 2009", "during the war").
  static let timePrepositions: Set<String> = [
    "on", "in", "at", "during", "since", "until", "till", "before", "after", "by", "from",
    "between", "throughout",
  ]
  /// The conjunctions that join words or phrases of one kind ("salt and iron").
  static let coordinators: Set<String> = ["and", "or", "nor"]
  static let conjunctions: Set<String> = [
    "and", "or", "but", "nor", "so", "yet", "because", "although", "though", "while", "whilst",
    "whereas",
    "if", "unless", "whether", "when", "where", "once", "then", "also", "however", "thus",
    "therefore",
  ]
  static let pronouns: Set<String> = [
    "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "himself",
    "herself", "itself", "themselves", "who", "whom", "whose", "which", "that", "what", "there",
    "here", "one", "ones", "something", "anything", "nothing", "everything", "someone", "how",
    "why",
  ]
  /// Indefinite pronouns a question uses as placeholders ("what did someone say about the
  /// strike?"): they stand for any argument, so they are not words an article must contain.
  static let indefinitePlaceholders: Set<String> = [
    "someone", "somebody", "something", "anyone", "anybody", "anything",
  ]
  /// Verbs whose agent and patient may change places without changing what happened
  /// ("Rubio met Noboa" is "Noboa met Rubio"): meetings, talks, agreements, contests,
  /// marriages. Only for these may a question's named agent be found in the object.
  static let reciprocalVerbs: Set<String> = [
    "meet", "talk", "agree", "negotiate", "marry", "wed", "divorce", "date", "play", "face",
    "fight", "battle", "compete", "debate", "clash", "ally", "partner", "merge", "greet",
    "embrace", "hug", "kiss",
  ]
  /// The wh-words a question asks with.
  static let whWords: Set<String> = [
    "who", "whom", "whose", "what", "which", "when", "where", "why", "how",
  ]
  /// The wh-words that stand for a noun phrase (a person, a thing): the ones a question's
  /// head noun or verb argument is asked with.
  static let nominalWhWords: Set<String> = ["who", "whom", "whose", "what", "which"]
  /// What is left of a contraction after the apostrophe ("it'll", "they've"): never a word
  /// of an answer on its own.
  static let contractionPieces: Set<String> = ["s", "ll", "ve", "re", "d", "t", "m"]

  /// The participles that give a thing its name: "a ship named Endurance", "a town called
  /// Hope", "a film titled Heat". Participles only: "a call for change" asks for no name.
  static let namingParticiples: Set<String> = [
    "named", "called", "dubbed", "termed", "titled", "entitled", "nicknamed", "renamed",
  ]
  /// Verbs that report speech: their subject is the speaker.
  static let reportingVerbs: Set<String> = SpeechVerbs.surfaceForms

  /// Personal pronouns: never an answer on their own, since they name no one.
  static let personalPronouns: Set<String> = [
    "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "me", "himself",
    "herself", "itself", "themselves", "his", "its", "their", "theirs", "hers", "our", "ours",
    "us", "my", "mine", "your", "yours",
  ]

  /// Whether a word as written is a personal pronoun ("us", but not "US").
  static func isPersonalPronoun(_ surface: String) -> Bool {
    personalPronouns.contains(surface.lowercased()) && surface != "US"
  }
  /// The forms of "be", "have" and "do", and the modals: every auxiliary verb.
  static let beForms: Set<String> = ["am", "is", "are", "was", "were", "be", "been", "being"]
  static let haveForms: Set<String> = ["has", "have", "had", "having"]
  static let doForms: Set<String> = ["do", "does", "did"]
  static let modals: Set<String> = [
    "will", "would", "shall", "should", "can", "could", "may", "might", "must",
  ]
  static let auxiliaries = beForms.union(haveForms).union(doForms).union(modals)
  /// The auxiliaries that can open a question or stand before its subject ("did", "is",
  /// "could"): the finite ones, so not "be", "been", "being" or "having".
  static let finiteAuxiliaries = auxiliaries.subtracting(["be", "been", "being", "having"])
  /// What a chunker reads as part of a verb group rather than of a noun phrase: the
  /// auxiliaries, negation, and the "s" left of a contracted "is" ("it's").
  static let verbGroupWords = auxiliaries.union(["not", "never", "s"])
  /// Adverbs and discourse words that sit between phrases.
  static let fillers: Set<String> = [
    "very", "also", "only", "just", "even", "still", "already", "often", "usually", "generally",
    "currently", "now", "later", "again", "further", "then", "too", "mostly", "largely",
    "mainly", "particularly", "especially", "approximately", "about", "around", "nearly",
    "almost", "some", "reportedly", "allegedly", "instead", "rather", "recently", "first",
  ]
  /// Common verbs in news and encyclopaedic prose that would otherwise join noun phrases.
  static let commonVerbs: Set<String> = [
    "said", "says", "say", "told", "tell", "added", "made", "make", "makes", "became", "become",
    "becomes", "used", "use", "uses", "called", "known", "took", "take", "takes", "gave", "give",
    "gives", "found", "find", "held", "hold", "holds", "led", "lead", "leads", "went", "go",
    "goes", "came", "come", "comes", "built", "began", "begin", "begins", "included", "includes",
    "include", "remained", "remains", "remain", "produced", "produces", "produce", "allowed",
    "allows", "allow", "provides", "provided", "provide", "formed", "forms", "caused", "causes",
    "cause", "named", "showed", "shows", "show", "saw", "sees", "see", "met", "meet", "meets",
    "won", "win", "wins", "lost", "lose", "killed", "kill", "kills", "died", "die", "dies",
    "moved", "move", "moves", "expected", "expects", "expect", "helped", "help", "helps",
    "wanted", "want", "wants", "warned", "warn", "warns", "vowed", "vow", "accused", "accuse",
    "announced", "announce", "reported", "report", "believed", "believe", "considered",
    "consider", "described", "describe", "designed", "developed", "established", "founded",
    "introduced", "invented", "located", "operated", "operates", "owned", "owns", "passed",
    "placed", "played", "plays", "received", "receives", "replaced", "required", "requires",
    "seemed", "seems", "served", "serves", "set", "sets", "started", "starts", "tried",
    "tries", "turned", "turns", "worked", "works", "wrote", "writes", "written", "ruled",
    "rules", "elected", "appointed", "deployed", "signed", "launched", "attacked", "arrested",
    "closed", "opened", "refused", "belonged", "belongs", "goes", "enter", "entered",
    "occurred", "occurs", "needs", "needed", "uses", "using", "being", "having", "making",
    "increased", "decreased", "reached", "reaches", "continued", "continues", "consists",
    "consisted", "contains", "contained", "represents", "represented", "appear", "appears",
    "appeared", "remains", "explained", "argued", "claimed", "stated", "noted", "suggested",
  ]

  static func isFunctionWord(_ word: String) -> Bool {
    determiners.contains(word) || prepositions.contains(word) || conjunctions.contains(word)
      || pronouns.contains(word) || verbGroupWords.contains(word)
  }
}
