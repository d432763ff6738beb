/// Why newsdesk declined, in one line a reporter can act on. Each rule that holds an answer
/// unsupported states its reason where it fires; when several fire, the most specific is
/// told (the order of the cases: a name no article mentions explains more than a low score).
public enum AbstentionReason: Sendable, Equatable {
  /// The question names someone or something no loaded article mentions.
  case unknownName([String])
  /// Words of the question that no loaded article uses.
  case unknownWords([String])
  /// Names of the question that the nearest sentence does not mention.
  case missingNames([String])
  /// The nearest sentence gives nothing of the kind asked (no date for "when", no person
  /// for "who").
  case noAnswerOfKind(AnswerType)
  /// "What did X say?" over words someone else said.
  case otherSpeaker
  /// The nearest sentence does not give what the question asks about ("the capital").
  case missingHead(String)
  /// "What did X say about Y?" over words on another subject.
  case offTopic(String)
  /// The sentence gives the person another role than the one asked about.
  case otherRole
  /// The question names a year and the nearest sentence gives another.
  case otherYear(String)
  /// The answer's clause does not give the attribute asked ("population of Peru").
  case attributeNotGiven(String)
  /// Figures the question names that the nearest sentence does not give.
  case figuresNotGiven([String])
  /// The question's verb, or a word made from it, is not in the nearest sentence.
  case predicateNotStated(String)
  /// The nearest sentence uses the opposite of a question word ("largest" for "smallest").
  case oppositeStated(asked: String, stated: String)
  /// The nearest sentence gives another figure or month where the question names one
  /// ("seven days" for "eight days").
  case otherFigure(asked: String, stated: String)
  /// The articles write the question's name with a word swapped ("Twilight Princess" for
  /// "Clawshot Princess").
  case otherName(asked: String, stated: String)
  /// The question is negated ("who was not …?") and the nearest sentence negates nothing.
  case negationNotStated(String)
  /// The nearest sentence tells the question's act of someone else, or the other way round
  /// ("Link fights", asked what Epona fights).
  case otherActor(FrameContrast)
  /// Nothing in the nearest sentence could be the answer.
  case noShortAnswer
  /// The answer found is too unsure to give; `lacking` names the question's words the
  /// nearest sentence does not hold, the likeliest reason.
  case unsure(confidence: Double, threshold: Double, lacking: [String] = [])

  /// More specific reasons first.
  var rank: Int {
    switch self {
    case .unknownName: return 0
    // "Twilight Princess" for "Clawshot Princess" explains more than "does not mention".
    case .otherName: return 0
    // "Largest" for "smallest" explains more than "no article uses 'smallest'".
    case .oppositeStated: return 1
    case .otherFigure: return 1
    case .negationNotStated: return 1
    case .unknownWords: return 2
    case .noAnswerOfKind: return 3
    case .missingNames: return 4
    case .otherYear: return 5
    case .otherActor: return 5
    case .otherSpeaker: return 6
    case .offTopic: return 7
    case .otherRole: return 8
    case .attributeNotGiven: return 9
    case .missingHead: return 10
    case .figuresNotGiven: return 11
    case .predicateNotStated: return 12
    case .noShortAnswer: return 13
    case .unsure: return 14
    }
  }

  /// The reason as one line.
  public var text: String {
    switch self {
    case .unknownName(let names):
      return "No loaded article mentions \(Self.list(names))."
    case .unknownWords(let words):
      let quoted = words.map { "“\($0)”" }
      return "No loaded article uses the word\(words.count == 1 ? "" : "s") \(Self.list(quoted))."
    case .missingNames(let names):
      return "The nearest sentence does not mention \(Self.list(names))."
    case .noAnswerOfKind(let type):
      let verb = [.person, .organization, .place].contains(type) ? "names" : "gives"
      return "The nearest sentence \(verb) no \(Self.kindName(type))."
    case .otherSpeaker:
      return "The nearest sentence quotes someone else."
    case .offTopic(let topic):
      return "The words the articles quote are not about \(topic)."
    case .otherRole:
      return "The nearest sentence gives that person another role than the one asked about."
    case .missingHead(let head):
      return "The nearest sentence does not give the \(head)."
    case .otherYear(let year):
      return "The nearest sentence is about another year than \(year)."
    case .attributeNotGiven(let attribute):
      return "No loaded article gives the \(attribute)."
    case .figuresNotGiven(let figures):
      return "The nearest sentence does not mention \(Self.list(figures))."
    case .predicateNotStated(let verb):
      return "The nearest sentence never says “\(verb)” or anything like it."
    case .oppositeStated(let asked, let stated):
      return "The nearest sentence says “\(stated)”, not “\(asked)”."
    case .otherFigure(let asked, let stated):
      return "The nearest sentence gives “\(stated)”, not “\(asked)”."
    case .otherName(let asked, let stated):
      return "The loaded articles name \(stated), not \(asked)."
    case .negationNotStated(let negation):
      return "The question is negated (“\(negation)”) and the nearest sentence is not."
    case .otherActor(let found):
      return Self.otherActorText(found)
    case .noShortAnswer:
      return "Nothing in the nearest sentence answers the question."
    case .unsure(let confidence, let threshold, let lacking):
      let unsure = String(
        format: "too unsure to give (confidence %.2f, below %.2f).", confidence, threshold)
      guard !lacking.isEmpty else { return "The best answer found is " + unsure }
      let quoted = lacking.map { "“\($0)”" }
      return "The nearest sentence does not say \(Self.list(quoted)); the best answer found is "
        + unsure
    }
  }

  /// "In the nearest sentence Link, not Epona, is the one to “fight”.", or for an act turned
  /// round, "The nearest sentence has it the other way round: Link “helps” Midna."
  static func otherActorText(_ found: FrameContrast) -> String {
    if found.isSwapped {
      let (agent, patient) =
        found.isAgent ? (found.stated, found.asked) : (found.asked, found.stated)
      return "The nearest sentence has it the other way round: \(agent) “\(found.verb)” \(patient)."
    }
    return found.isAgent
      ? "In the nearest sentence \(found.stated), not \(found.asked), is the one to “\(found.lemma)”."
      : "In the nearest sentence “\(found.lemma)” is said of \(found.stated), not of \(found.asked)."
  }

  /// The most specific of several reasons.
  static func mostSpecific(_ reasons: [AbstentionReason]) -> AbstentionReason? {
    reasons.min { $0.rank < $1.rank }
  }

  static func list(_ items: [String]) -> String {
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    default: return items.dropLast().joined(separator: ", ") + " or " + items.last!
    }
  }

  static func kindName(_ type: AnswerType) -> String {
    switch type {
    case .person: return "person"
    case .organization: return "organisation"
    case .place: return "place"
    case .date: return "date"
    case .time: return "time"
    case .duration: return "length of time"
    case .number: return "number"
    case .percent: return "percentage"
    case .money: return "amount of money"
    case .quantity: return "quantity"
    case .role: return "role or title"
    case .quote: return "words of the person asked about"
    case .reason: return "reason"
    case .manner: return "way it was done"
    case .description, .yesNo, .other: return "answer of the kind asked"
    }
  }
}
