/// The date an undated article's file or folder name gives: news archives are often laid
/// out as `2025/2025-09-04/story.txt` or `2025-09-04-rubio.txt`. The file name is read
/// first, then its folders from the nearest.
public enum PathDate {
  public static func date(in path: String) -> CalendarDate? {
    for component in path.split(separator: "/").reversed() {
      if let date = firstDate(in: component) { return date }
    }
    return nil
  }

  /// The first `YYYY-MM-DD` in `text` that is a real day, not inside a longer number.
  static func firstDate(in text: Substring) -> CalendarDate? {
    let characters = Array(text)
    guard characters.count >= 10 else { return nil }
    for start in 0...(characters.count - 10) {
      if start > 0, characters[start - 1].isNumber { continue }
      if start + 10 < characters.count, characters[start + 10].isNumber { continue }
      let window = characters[start..<(start + 10)]
      let shape = window.enumerated().allSatisfy { offset, character in
        offset == 4 || offset == 7 ? character == "-" : character.isASCII && character.isNumber
      }
      if shape, let date = CalendarDate(iso: String(window)) { return date }
    }
    return nil
  }
}
