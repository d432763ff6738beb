/// The kind of thing a question asks for.
public enum AnswerType: String, Sendable, CaseIterable, Codable {
  case person = "PERSON"
  case organization = "ORGANIZATION"
  case place = "PLACE"
  case date = "DATE"
  case time = "TIME"
  case duration = "DURATION"
  case number = "NUMBER"
  case percent = "PERCENT"
  case money = "MONEY"
  case quantity = "QUANTITY"
  case role = "ROLE"
  case reason = "REASON"
  case manner = "MANNER"
  case description = "DESCRIPTION"
  /// "What did X say?": a quote or a reported clause, with its speaker.
  case quote = "QUOTE"
  case yesNo = "YESNO"
  case other = "OTHER"
}

/// How a question is asked: its wh-word or its yes/no form.
public enum QuestionForm: String, Sendable, Codable {
  case who, whom, whose, what, which, when, `where`, why, how
  case howMany = "how many"
  case howMuch = "how much"
  case howLong = "how long"
  case yesNo = "yes/no"
  case name = "name"
  case statement = "statement"
}
