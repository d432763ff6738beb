/// Place names newsdesk knows without a lexicon: countries, their demonyms, capitals, large
/// cities and regions. Lower-cased keys; multi-word names are joined by single spaces.
///
/// The lists are deliberately plain data: a place missing here is typed by other cues
/// (a preposition before it, "the city of"), never by a rule for one sentence.
public enum PlaceGazetteer {
  public static func isPlace(_ name: String) -> Bool {
    let key = name.lowercased()
    return places.contains(key) || demonyms[key] != nil
  }

  /// The country a demonym names: "venezuelan" → "Venezuela".
  public static func country(forDemonym word: String) -> String? { demonyms[word.lowercased()] }

  /// Names that mean the same place or body; a question in one form finds the other.
  public static let aliases: [[String]] = [
    ["us", "usa", "united states", "america"],
    ["uk", "britain", "united kingdom", "great britain"],
    ["un", "united nations"], ["eu", "european union"], ["uae", "united arab emirates"],
  ]

  static let countries: [String] = [
    "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia",
    "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium",
    "belize", "benin", "bhutan", "bolivia", "bosnia", "botswana", "brazil", "brunei", "bulgaria",
    "burkina faso", "burundi", "cambodia", "cameroon", "canada", "chad", "chile", "china",
    "colombia", "comoros", "congo", "costa rica", "croatia", "cuba", "cyprus", "czech republic",
    "czechia", "denmark", "djibouti", "dominica", "dominican republic", "ecuador", "egypt",
    "el salvador", "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland", "france",
    "gabon", "gambia", "georgia", "germany", "ghana", "greece", "grenada", "guatemala", "guinea",
    "guyana", "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq",
    "ireland", "israel", "italy", "ivory coast", "jamaica", "japan", "jordan", "kazakhstan",
    "kenya", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia",
    "libya", "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia",
    "maldives", "mali", "malta", "mauritania", "mauritius", "mexico", "moldova", "monaco",
    "mongolia", "montenegro", "morocco", "mozambique", "myanmar", "burma", "namibia", "nepal",
    "netherlands", "holland", "new zealand", "nicaragua", "niger", "nigeria", "north korea",
    "north macedonia", "norway", "oman", "pakistan", "palestine", "panama", "papua new guinea",
    "paraguay", "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia",
    "rwanda", "saudi arabia", "senegal", "serbia", "seychelles", "sierra leone", "singapore",
    "slovakia", "slovenia", "somalia", "south africa", "south korea", "south sudan", "spain",
    "sri lanka", "sudan", "suriname", "sweden", "switzerland", "syria", "taiwan", "tajikistan",
    "tanzania", "thailand", "togo", "trinidad", "tunisia", "turkey", "turkmenistan", "uganda",
    "ukraine", "united arab emirates", "united kingdom", "britain", "great britain", "england",
    "scotland", "wales", "united states", "america", "us", "usa", "uk", "uruguay", "uzbekistan",
    "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "greenland", "puerto rico", "gaza",
    "west bank", "crimea", "hong kong", "macau", "tibet",
  ]

  static let citiesAndRegions: [String] = [
    "kabul", "algiers", "buenos aires", "canberra", "sydney", "melbourne", "vienna", "baku",
    "dhaka", "minsk", "brussels", "la paz", "sarajevo", "brasilia", "rio de janeiro", "sao paulo",
    "são paulo", "sofia", "phnom penh", "ottawa", "toronto", "montreal", "vancouver", "santiago",
    "beijing", "shanghai", "hong kong", "bogota", "bogotá", "medellin", "havana", "prague",
    "copenhagen", "quito", "guayaquil", "manta", "cairo", "san salvador", "addis ababa",
    "helsinki", "paris", "marseille", "lyon", "berlin", "munich", "frankfurt", "hamburg", "accra",
    "athens", "guatemala city", "port-au-prince", "tegucigalpa", "budapest", "reykjavik",
    "new delhi", "delhi", "mumbai", "jakarta", "tehran", "baghdad", "dublin", "jerusalem",
    "tel aviv", "rome", "milan", "naples", "kingston", "tokyo", "osaka", "amman", "astana",
    "nairobi", "kuwait city", "beirut", "tripoli", "vilnius", "kuala lumpur", "mexico city",
    "guadalajara", "monterrey", "tijuana", "chisinau", "rabat", "casablanca", "maputo",
    "kathmandu", "amsterdam", "the hague", "rotterdam", "wellington", "auckland", "managua",
    "abuja", "lagos", "pyongyang", "oslo", "islamabad", "karachi", "lahore", "panama city",
    "asuncion", "lima", "manila", "warsaw", "lisbon", "doha", "bucharest", "moscow",
    "st petersburg", "saint petersburg", "kigali", "riyadh", "jeddah", "dakar", "belgrade",
    "singapore", "bratislava", "ljubljana", "mogadishu", "johannesburg", "cape town", "pretoria",
    "seoul", "juba", "madrid", "barcelona", "colombo", "khartoum", "stockholm", "geneva", "zurich",
    "bern", "damascus", "aleppo", "taipei", "bangkok", "tunis", "ankara", "istanbul", "kampala",
    "kyiv", "kiev", "kharkiv", "odesa", "dubai", "abu dhabi", "london", "manchester", "edinburgh",
    "washington", "new york", "los angeles", "chicago", "houston", "miami", "san francisco",
    "boston", "montevideo", "tashkent", "caracas", "maracaibo", "hanoi", "ho chi minh city",
    "sanaa", "lusaka", "harare", "brussels", "strasbourg", "the caribbean", "caribbean",
    "latin america", "south america", "north america", "central america", "europe", "asia",
    "africa", "middle east", "the middle east", "pacific", "atlantic", "the pacific",
    "the atlantic", "gulf", "balkans", "scandinavia", "sahel", "amazon", "andes", "arctic",
    "antarctica", "mediterranean", "oceania", "siberia", "texas", "california", "florida",
    "virginia", "alaska", "hawaii", "ontario", "quebec", "bavaria", "catalonia", "kashmir",
    "punjab", "donbas", "kursk", "rafah", "khan younis", "west africa", "east africa",
    "southeast asia", "east asia", "south asia", "central asia", "western europe",
    "eastern europe", "southern europe", "northern europe",
  ]

  static let places: Set<String> = Set(countries + citiesAndRegions)

  static let demonyms: [String: String] = [
    "afghan": "Afghanistan", "albanian": "Albania", "algerian": "Algeria",
    "american": "United States",
    "argentine": "Argentina", "argentinian": "Argentina", "armenian": "Armenia",
    "australian": "Australia", "austrian": "Austria", "bangladeshi": "Bangladesh",
    "belarusian": "Belarus", "belgian": "Belgium", "bolivian": "Bolivia", "brazilian": "Brazil",
    "british": "United Kingdom", "bulgarian": "Bulgaria", "cambodian": "Cambodia",
    "cameroonian": "Cameroon", "canadian": "Canada", "chilean": "Chile", "chinese": "China",
    "colombian": "Colombia", "congolese": "Congo", "croatian": "Croatia", "cuban": "Cuba",
    "czech": "Czech Republic", "danish": "Denmark", "dominican": "Dominican Republic",
    "dutch": "Netherlands", "ecuadorian": "Ecuador", "ecuadoran": "Ecuador", "egyptian": "Egypt",
    "english": "England", "estonian": "Estonia", "ethiopian": "Ethiopia", "filipino": "Philippines",
    "finnish": "Finland", "french": "France", "georgian": "Georgia", "german": "Germany",
    "ghanaian": "Ghana", "greek": "Greece", "guatemalan": "Guatemala", "haitian": "Haiti",
    "honduran": "Honduras", "hungarian": "Hungary", "indian": "India", "indonesian": "Indonesia",
    "iranian": "Iran", "iraqi": "Iraq", "irish": "Ireland", "israeli": "Israel", "italian": "Italy",
    "jamaican": "Jamaica", "japanese": "Japan", "jordanian": "Jordan", "kazakh": "Kazakhstan",
    "kenyan": "Kenya", "korean": "Korea", "kuwaiti": "Kuwait", "latvian": "Latvia",
    "lebanese": "Lebanon", "libyan": "Libya", "lithuanian": "Lithuania", "malaysian": "Malaysia",
    "mexican": "Mexico", "moldovan": "Moldova", "mongolian": "Mongolia", "moroccan": "Morocco",
    "nepalese": "Nepal", "nicaraguan": "Nicaragua", "nigerian": "Nigeria", "norwegian": "Norway",
    "pakistani": "Pakistan", "palestinian": "Palestine", "panamanian": "Panama",
    "paraguayan": "Paraguay", "peruvian": "Peru", "polish": "Poland", "portuguese": "Portugal",
    "qatari": "Qatar", "romanian": "Romania", "russian": "Russia", "rwandan": "Rwanda",
    "salvadoran": "El Salvador", "saudi": "Saudi Arabia", "scottish": "Scotland",
    "senegalese": "Senegal", "serbian": "Serbia", "slovak": "Slovakia", "slovenian": "Slovenia",
    "somali": "Somalia", "spanish": "Spain", "sudanese": "Sudan", "swedish": "Sweden",
    "swiss": "Switzerland", "syrian": "Syria", "taiwanese": "Taiwan", "thai": "Thailand",
    "tunisian": "Tunisia", "turkish": "Turkey", "ugandan": "Uganda", "ukrainian": "Ukraine",
    "uruguayan": "Uruguay", "uzbek": "Uzbekistan", "venezuelan": "Venezuela",
    "vietnamese": "Vietnam", "welsh": "Wales", "yemeni": "Yemen", "zambian": "Zambia",
    "zimbabwean": "Zimbabwe", "european": "Europe", "african": "Africa", "asian": "Asia",
    "latin american": "Latin America", "caribbean": "Caribbean",
  ]
}
