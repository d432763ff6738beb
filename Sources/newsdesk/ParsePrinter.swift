import NewsdeskCore

/// How `newsdesk parse` writes an annotated sentence: CoNLL-U lines, or a JSON object.
enum ParsePrinter {
  /// The ten CoNLL-U columns (FEATS, DEPS and MISC left empty) after a sent_id and text.
  static func conllu(_ sentence: AnnotatedSentence, number: Int) -> String {
    var lines = ["# sent_id = \(number)", "# text = \(oneLine(sentence.text))"]
    for (index, token) in sentence.tokens.enumerated() {
      let head = token.head.map { $0 + 1 } ?? 0
      let columns = [
        String(index + 1), field(token.text), field(token.lemma), token.coarseTag,
        token.fineTag, "_", String(head), token.relation, "_", "_",
      ]
      lines.append(columns.joined(separator: "\t"))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Tabs and newlines cannot appear inside a CoNLL-U field.
  private static func field(_ text: String) -> String {
    text.isEmpty ? "_" : String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
  }

  private static func oneLine(_ text: String) -> String {
    String(text.map { $0.isNewline ? " " : $0 })
  }

  static func json(_ sentence: AnnotatedSentence, articleDate: CalendarDate? = nil) -> JSONValue {
    func phrase(_ range: ClosedRange<Int>) -> JSONValue { .string(sentence.text(of: range)) }
    func span(_ head: Int) -> JSONValue {
      let range = sentence.nounPhrases.first { $0.head == head }?.range ?? head...head
      return phrase(range)
    }
    let tokens: [JSONValue] = sentence.tokens.enumerated().map { index, token in
      .object([
        ("id", .integer(index + 1)), ("text", .string(token.text)),
        ("start", .integer(token.utf8Range.lowerBound)),
        ("end", .integer(token.utf8Range.upperBound)),
        ("lemma", .string(token.lemma)), ("upos", .string(token.coarseTag)),
        ("xpos", .string(token.fineTag)), ("head", .integer(token.head.map { $0 + 1 } ?? 0)),
        ("deprel", .string(token.relation)),
      ])
    }
    let phrases: [JSONValue] = sentence.nounPhrases.map { noun in
      .object([
        ("text", phrase(noun.range)), ("head", .integer(noun.head + 1)),
        (
          "tokens",
          .array([.integer(noun.range.lowerBound + 1), .integer(noun.range.upperBound + 1)])
        ),
      ])
    }
    let predicates: [JSONValue] = sentence.predicates.map { predicate in
      var members: [(String, JSONValue)] = [
        ("predicate", .string(sentence.tokens[predicate.head].text)),
        ("lemma", .string(sentence.tokens[predicate.head].lemma)),
        ("voice", .string(predicate.isPassive ? "passive" : "active")),
      ]
      if predicate.isNegated { members.append(("negated", .bool(true))) }
      if let subject = predicate.subject { members.append(("subject", span(subject))) }
      if let shared = predicate.sharedSubject { members.append(("sharedSubject", span(shared))) }
      if let object = predicate.object { members.append(("object", span(object))) }
      if let indirect = predicate.indirectObject {
        members.append(("indirectObject", span(indirect)))
      }
      if !predicate.obliques.isEmpty {
        members.append(
          (
            "obliques",
            .array(
              predicate.obliques.map { oblique in
                .object([
                  ("preposition", oblique.preposition.map(JSONValue.string) ?? .null),
                  ("phrase", span(oblique.head)),
                ])
              })
          ))
      }
      if !predicate.clausalComplements.isEmpty {
        members.append(
          (
            "clausalComplements",
            .array(predicate.clausalComplements.map { .string(sentence.tokens[$0].text) })
          ))
      }
      return .object(members)
    }
    let appositions: [JSONValue] = sentence.appositions.map {
      .object([("head", span($0.head)), ("appositive", span($0.appositive))])
    }
    let copulas: [JSONValue] = sentence.copulas.map { copula in
      .object([
        ("subject", copula.subject.map(span) ?? .null),
        ("copula", .string(sentence.tokens[copula.copula].text)),
        ("predicate", span(copula.predicate)),
      ])
    }
    let entities: [JSONValue] = sentence.entities(articleDate: articleDate).map { entity in
      var members: [(String, JSONValue)] = [
        ("kind", .string(entity.kind.rawValue)), ("text", .string(entity.text)),
        ("start", .integer(entity.utf8Range.lowerBound)),
        ("end", .integer(entity.utf8Range.upperBound)),
      ]
      if let date = entity.date { members.append(("date", .string(date.iso))) }
      return .object(members)
    }
    return .object([
      ("text", .string(sentence.text)), ("tokens", .array(tokens)),
      ("nounPhrases", .array(phrases)), ("predicates", .array(predicates)),
      ("appositions", .array(appositions)), ("copulas", .array(copulas)),
      ("entities", .array(entities)),
    ])
  }
}
