/// The official SQuAD answer normalisation, used wherever answers are compared: lower case,
/// punctuation removed, the articles "a", "an", "the" removed, whitespace folded.
public enum AnswerNormalizer {
  public static func normalize(_ text: String) -> String {
    var kept = String.UnicodeScalarView()
    for scalar in text.lowercased().unicodeScalars {
      let category = scalar.properties.generalCategory
      switch category {
      case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
        .initialPunctuation, .finalPunctuation, .otherPunctuation:
        continue
      default:
        // SQuAD strips ASCII punctuation only by set membership; symbols such as $ and %
        // count as punctuation there too.
        if scalar.isASCII, asciiPunctuation.contains(Character(scalar)) { continue }
        kept.append(scalar)
      }
    }
    return String(kept).split(whereSeparator: \.isWhitespace)
      .filter { $0 != "a" && $0 != "an" && $0 != "the" }
      .joined(separator: " ")
  }

  /// SQuAD's token F1 between a prediction and one gold answer, after normalisation.
  public static func f1(_ prediction: String, _ gold: String) -> Double {
    let predicted = normalize(prediction).split(separator: " ")
    let expected = normalize(gold).split(separator: " ")
    if predicted.isEmpty || expected.isEmpty { return predicted == expected ? 1 : 0 }
    var counts: [Substring: Int] = [:]
    for token in expected { counts[token, default: 0] += 1 }
    var common = 0
    for token in predicted where (counts[token] ?? 0) > 0 {
      counts[token]! -= 1
      common += 1
    }
    guard common > 0 else { return 0 }
    let precision = Double(common) / Double(predicted.count)
    let recall = Double(common) / Double(expected.count)
    return 2 * precision * recall / (precision + recall)
  }

  public static func exactMatch(_ prediction: String, _ gold: String) -> Bool {
    normalize(prediction) == normalize(gold)
  }

  static let asciiPunctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
}
