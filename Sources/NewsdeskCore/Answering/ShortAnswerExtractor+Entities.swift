/// Dates, numbers, percentages, money and quantities are recognised in Analysis
/// (`EntityRecognizer`); the span finders and rules call it through `entities` and weigh
/// what it finds against the question.
extension ShortAnswerExtractor {
  var entities: EntityRecognizer { EntityRecognizer() }
}
