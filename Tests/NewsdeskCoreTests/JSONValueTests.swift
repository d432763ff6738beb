import Foundation
import Testing

@testable import NewsdeskCore

@Suite struct JSONValueTests {
  @Test(arguments: [
    ("plain", #""plain""#),
    ("say \"hi\"", #""say \"hi\"""#),
    ("back\\slash", #""back\\slash""#),
    ("line\nbreak", #""line\nbreak""#),
    ("tab\there\rcr", #""tab\there\rcr""#),
    ("bell\u{07}nul\u{00}esc\u{1B}", #""bell\u0007nul\u0000esc\u001b""#),
    ("del\u{7F}", #""del\u007f""#),
    ("sep\u{2028}para\u{2029}", #""sep\u2028para\u2029""#),
    ("Bogotá 中文 🎉 — “quoted”", "\"Bogotá 中文 🎉 — “quoted”\""),
    ("slash / stays", #""slash / stays""#),
    ("", #""""#),
  ])
  func stringEscaping(_ value: String, _ expected: String) {
    #expect(JSONValue.string(value).serialized() == expected)
  }

  @Test func escapedStringsParseBackToThemselves() throws {
    let values = [
      "a\"b\\c\nd\te\r\u{01}\u{1F}\u{7F}", "Bogotá 中文 🎉", "\u{2028}\u{2029}", "مرحبا שלום",
    ]
    for value in values {
      let json = JSONValue.array([.string(value)]).serialized()
      let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
      #expect(parsed == [value])
    }
  }

  @Test func keyOrderIsPreserved() {
    let object = JSONValue.object([("zeta", .integer(1)), ("alpha", .integer(2)), ("mid", .null)])
    #expect(object.serialized() == #"{"zeta":1,"alpha":2,"mid":null}"#)
  }

  @Test func keysAreEscapedToo() {
    #expect(JSONValue.object([("a\"b", .bool(true))]).serialized() == #"{"a\"b":true}"#)
  }

  @Test(arguments: [
    (JSONValue.integer(3), "3"), (.integer(-42), "-42"), (.integer(0), "0"), (.number(0.5), "0.5"),
    (.number(2.0), "2"), (.number(-1.25), "-1.25"), (.number(0.123), "0.123"),
    (.number(.nan), "null"),
    (.number(.infinity), "null"), (.number(-.infinity), "null"), (.bool(true), "true"),
    (.bool(false), "false"), (.null, "null"),
  ])
  func scalars(_ value: JSONValue, _ expected: String) {
    #expect(value.serialized() == expected)
  }

  @Test func largeDoublesStayValidJSON() throws {
    for value in [1e20, 1.5e300, 123_456_789.125, 1e-7] {
      let json = JSONValue.array([.number(value)]).serialized()
      let parsed = try #require(
        try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [NSNumber])
      #expect(parsed.first?.doubleValue == value)
    }
  }

  @Test func nestedValues() {
    let value = JSONValue.object([
      ("list", .array([.integer(1), .string("two"), .array([]), .object([])])),
      ("nothing", .null),
    ])
    #expect(value.serialized() == #"{"list":[1,"two",[],{}],"nothing":null}"#)
  }

  @Test func optionalStringsBecomeNull() {
    #expect(JSONValue(nil as String?).serialized() == "null")
    #expect(JSONValue("x" as String?).serialized() == #""x""#)
  }

  @Test func equalityComparesTheText() {
    #expect(JSONValue.object([("a", .integer(1))]) == JSONValue.object([("a", .number(1))]))
    #expect(
      JSONValue.object([("a", .integer(1)), ("b", .null)])
        != JSONValue.object([("b", .null), ("a", .integer(1))]))
  }
}
