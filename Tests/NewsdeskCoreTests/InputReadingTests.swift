import Testing

@testable import NewsdeskCore

/// What a typed line is read as: a bare command, a question, a search or an overview.
@Suite struct InputReadingTests {
  @Test(arguments: [
    ("help", InputReading.command(":help")),
    ("  HELP ", .command(":help")),
    ("?", .command(":help")),
    ("quit", .command(":quit")),
    ("exit", .command(":quit")),
    ("who did Rubio meet?", .question),
    ("when was the base closed", .question),
    ("did Rubio meet Noboa", .question),
    ("and Reimberg?", .question),
    ("name the interior minister", .question),
    ("Daniel Noboa", .search),
    ("BA profits", .search),
    ("fuel prices airlines", .search),
    ("Noboa?", .question),
    ("what can I ask?", .examples),
    ("What should I ask", .examples),
    ("what is this article about?", .about),
    ("what are the articles about?", .about),
    ("summarise", .about),
    ("list the companies mentioned", .entities(.organizations)),
    ("which people are mentioned?", .entities(.people)),
    ("show places", .entities(.places)),
    ("?!?", .question),
    ("من التقى روبيو في الإكوادور؟", .question),
    ("Daniel Noboa? Reimberg", .question),
    ("Bogotá Medellín", .search),
  ])
  func reads(_ line: String, _ expected: InputReading) {
    #expect(InputReading(line) == expected)
  }

  /// "help" inside a question is a word of the question, not the command.
  @Test func commandWordsInsideALineAreNotCommands() {
    #expect(InputReading("who asked for help?") == .question)
    #expect(InputReading("exit polls") == .search)
  }
}
