/// The words figures and dates are written with, each list kept once here.
extension Lexicon {
  /// Numbers written as words: a run of them is a figure ("two million", "dozens").
  static let numberWords: Set<String> = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million",
    "millions", "billion", "billions", "twenty", "thirty", "forty", "fifty", "half",
  ]
  /// Ordinals, as words and in figures: "the 19th century", "third quarter".
  static let ordinalWords: Set<String> = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth", "1st", "2nd", "3rd", "4th", "5th",
    "6th", "7th", "8th", "9th", "10th", "11th", "12th", "13th", "14th", "15th", "16th", "17th",
    "18th", "19th", "20th", "21st",
  ]
  /// Fractions a hyphen joins to a number ("one-quarter", "two-thirds").
  static let fractionWords: Set<String> = [
    "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths",
  ]
  /// Units a number counts or measures: "three days", "33,300 pounds", "5 million".
  static let unitWords: Set<String> = [
    "mm", "cm", "m", "km", "kilometres", "kilometers", "miles", "mile", "metres", "meters",
    "feet", "ft", "in", "inches", "kg", "kilograms", "tonnes", "tons", "pounds", "lb", "square",
    "sq", "mi", "years", "year", "months", "month", "weeks", "week", "days", "day", "hours",
    "hour", "minutes", "minute", "seconds", "degrees", "°", "people", "percent", "times",
    "acres", "hectares", "litres", "liters", "gallons", "mph", "kph", "watts", "mw", "gw", "kw",
    "horsepower", "hp", "million", "billion", "centuries", "decades",
  ]
  /// The time a rate is counted over: "120m per second", "90 miles an hour".
  static let rateTimeUnits: Set<String> = [
    "second", "sec", "minute", "min", "hour", "hr", "day", "week", "month", "year", "annum",
  ]
  /// Currency signs written before a figure, the longer first so that "US$" is read whole.
  static let currencySigns = ["US$", "A$", "C$", "HK$", "$", "£", "€", "¥"]
  /// Currencies named after the figure ("5.65bn euros", "1.2bn kroner"), plural and
  /// invariable forms. Words that are also common English ("real", "won", "rand") are left
  /// out: "5bn won" is rarer than "5 won".
  static let currencyNames: Set<String> = [
    "dollars", "euros", "pounds", "yuan", "yen", "kroner", "krona", "kronor", "krone", "francs",
    "rupees", "roubles", "rubles", "pesos", "reais", "lira", "dinars", "dirhams", "riyals",
    "shekels", "zloty", "forints", "baht", "ringgit", "rupiah", "naira", "shillings",
  ]
}
