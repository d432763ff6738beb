/// The `--format json` contract: one object per question. Other tools read it, so keys are
/// only ever added, never renamed or removed.
extension Answer {
  /// `includeTrace` (`--explain`) adds "trace": the rules that scored the short answer and
  /// the runner-up, each with the factor it applied.
  public func json(includeCandidates: Bool, includeTrace: Bool = false) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("question", .string(question)),
      ("answer", JSONValue(shortAnswer)),
      ("abstained", .bool(abstained)),
      ("sentence", JSONValue(evidence?.sentence)),
      ("article", evidence.map { $0.article.json } ?? .null),
      ("sentenceIndex", evidence.map { .integer($0.sentenceNumber) } ?? .null),
      ("confidence", .number(confidence)),
      ("answerType", .string(analysis.answerType.rawValue)),
    ]
    if let span = evidence?.highlightSpan { members.append(("highlight", span)) }
    members.append(("role", JSONValue(role)))
    members.append(("answerDate", JSONValue(answerDate?.iso)))
    if let speaker { members.append(("speaker", .string(speaker))) }
    if !alsoCitedIn.isEmpty {
      members.append(("alsoCitedIn", .array(alsoCitedIn.map(\.citationJSON))))
    }
    if !otherAnswers.isEmpty {
      members.append(
        (
          "otherAnswers",
          .array(
            otherAnswers.map { other in
              .object([
                ("answer", .string(other.text)),
                ("sentence", .string(other.evidence.sentence)),
                ("article", other.evidence.article.json),
                ("sentenceIndex", .integer(other.evidence.sentenceNumber)),
                ("alsoCitedIn", .array(other.alsoCitedIn.map(\.citationJSON))),
              ])
            })
        ))
      members.append(("otherAnswersRelation", .string(otherAnswersRelation.rawValue)))
    }
    if !listMembers.isEmpty {
      members.append(
        (
          "listMembers",
          .array(
            listMembers.map { member in
              .object([
                ("answer", .string(member.text)),
                ("sentence", .string(member.evidence.sentence)),
                ("article", member.evidence.article.json),
                ("sentenceIndex", .integer(member.evidence.sentenceNumber)),
              ])
            })
        ))
    }
    if let notice = clarification ?? analysis.notice {
      members.append(("notice", .string(notice)))
    }
    if analysis.askedAs != nil { members.append(("readAs", .string(analysis.text))) }
    if let shape = followUpShape { members.append(("readShape", .string(shape))) }
    if !followUpReadings.isEmpty {
      members.append(
        (
          "readings",
          .array(
            followUpReadings.map { reading in
              .object([("typed", .string(reading.typed)), ("readAs", .string(reading.readAs))])
            })
        ))
    }
    members.append(("confidenceWord", .string(ConfidenceCalibration.word(for: confidence))))
    if let reason = abstentionReason { members.append(("why", .string(reason.text))) }
    if includeCandidates {
      members.append(
        (
          "candidates",
          .array(
            candidates.map { candidate in
              .object([
                ("sentence", .string(candidate.sentence)),
                ("article", candidate.article.json),
                ("sentenceIndex", .integer(candidate.sentenceNumber)),
                ("score", .number(candidate.score)),
              ])
            })
        ))
    }
    if includeTrace { members.append(("trace", ruleTrace.json)) }
    return .object(members)
  }
}

extension AnswerTrace {
  var json: JSONValue {
    .object([
      ("chosen", chosen.map(\.json) ?? .null),
      ("runnerUp", runnerUp.map(\.json) ?? .null),
      (
        "confidence",
        .array(
          confidence.map { step in
            .object([("check", .string(step.check)), ("confidence", .number(step.confidence))])
          })
      ),
    ])
  }
}

extension CandidateTrace {
  var json: JSONValue {
    .object([
      ("answer", .string(text)),
      ("score", .number(score)),
      ("typeFit", .number(typeFit)),
      (
        "rules",
        .array(
          firings.map { firing in
            .object([("rule", .string(firing.rule)), ("factor", .number(firing.factor))])
          })
      ),
    ])
  }
}

extension Evidence {
  /// The short answer's place in `sentence`, in Unicode code points (as most languages
  /// index strings), since text output carries no markup for it.
  var highlightSpan: JSONValue? {
    guard let range = highlight else { return nil }
    let bytes = Array(sentence.utf8)
    guard range.lowerBound >= 0, range.upperBound <= bytes.count else { return nil }
    let start = String(decoding: bytes[..<range.lowerBound], as: UTF8.self).unicodeScalars.count
    let length = String(decoding: bytes[range], as: UTF8.self).unicodeScalars.count
    return .object([("start", .integer(start)), ("end", .integer(start + length))])
  }

  /// Where an answer is also given: the sentence, its article and number.
  var citationJSON: JSONValue {
    .object([
      ("sentence", .string(sentence)),
      ("article", article.json),
      ("sentenceIndex", .integer(sentenceNumber)),
    ])
  }
}

extension ArticleCitation {
  var json: JSONValue {
    .object([
      ("id", .string(id)),
      ("title", .string(title)),
      ("date", JSONValue(date?.iso)),
      ("path", .string(path)),
      ("format", .string(format.name)),
      ("url", JSONValue(url)),
    ])
  }
}
