import Foundation

/// Letters without their accents, so that a name typed plainly finds it written with them.
enum AccentFolding {
  /// The text without accents: "Temür" → "Temur", "Ögedei" → "Ogedei", "Bogotá" → "Bogota".
  static func fold(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { !$0.isASCII }) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars
    where scalar.properties.generalCategory != .nonspacingMark {
      scalars.append(scalar)
    }
    return String(scalars)
  }
}
