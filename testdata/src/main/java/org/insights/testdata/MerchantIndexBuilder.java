package org.insights.testdata;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the categoriser's brand resource {@code merchants-nsi.tsv} from the OpenStreetMap Name
 * Suggestion Index (BSD-3-Clause) in {@code ../shared/data/merchant-brands-nsi}: the GB, US and
 * worldwide brands whose OSM tag maps to one of the engine's categories, with their alternative
 * spellings, normalised as the categoriser normalises descriptions.
 * <p>
 * Usage: {@code GenerateMain}-style classpath, {@code MerchantIndexBuilder NSI_FLAT_CSV OUT_TSV}.
 * Deterministic: the same input gives the same file.
 */
public final class MerchantIndexBuilder {

  /** OSM tag (path after {@code brands/}) to category key. */
  private static final Map<String, String> CATEGORY = new TreeMap<>();

  /** Single words too common to identify a brand on their own. */
  private static final Set<String> COMMON = Set.of("CENTRAL", "NATIONAL", "CITY", "MARKET", "EXPRESS", "COMMUNITY",
      "FAMILY", "FRESH", "STAR", "TOTAL", "BEST", "UNITED", "PRIME", "GLOBAL", "GENERAL", "AMERICAN", "FIRST", "HOME",
      "CORNER", "LOCAL", "BANK", "PLUS", "BUDGET", "DISCOUNT", "QUICK", "SUPER", "SMART", "METRO", "SELECT", "VALUE",
      "SAVE", "STOP", "SHOP", "STORE", "STORES", "FOOD", "FOODS", "OUTLET", "DIRECT", "ONLINE", "PAYMENT", "TRANSFER",
      "CREDIT", "DEBIT", "CARD", "SALARY", "LOAN", "MONEY", "CASH", "POST", "OFFICE", "SERVICE", "SERVICES", "CENTER",
      "CENTRE", "GROUP", "STATION", "PARK", "PARKING", "CAFE", "COFFEE", "PIZZA", "GRILL", "KITCHEN", "HOUSE", "PLACE",
      "WORLD", "NEXT", "TARGET", "ACME", "GAP", "SPAR", "THREE", "COSTA", "BOOTS", "SUBWAY", "SHELL", "GAME", "SPORT",
      "SPORTS", "PHARMACY", "OPTICIANS", "BAKERY", "MOBILE", "BEAUTY", "FITNESS", "GYM", "HOTEL", "INN", "CLUB", "PUB",
      "BAR", "GRAND", "ROYAL", "CROWN", "LIBERTY", "PIONEER", "PATRIOT", "SUMMIT", "PEAK", "EAGLE", "LION", "ANCHOR",
      "SUN", "SUNRISE", "EVEREST", "GLOBE", "MAX", "PRO", "ONE", "YOUR", "OUR", "THE", "AND", "FOR", "CHILDREN",
      // Brand names of the kinds added in the thirteenth session that are ordinary words or surnames.
      "RELAY", "CONSUME", "NECTAR", "RISE", "SUNNYSIDE", "INTERNATIONAL", "SPACES", "FORA", "FOLEY", "MORGAN",
      "JOHNSONS", "DIGNITY", "WILCO", "ALTITUDE", "TREK", "SPECIALIZED", "DROP IN", "SECOND HOME", "TURNING POINT",
      "MESSER", "LIVE",
      // An ordinary word in British and American lines, where it is a gambling venue (the French
      // supermarket Casino had taken QZV CASINO from the cue).
      "CASINO");

  /**
   * Entries (path:brand) whose name a brand of another kind already holds in the index, where the
   * second reading would be the rarer one on a bank line (GIANT: the supermarket, fuel and pharmacy
   * chain, not the bicycle maker; LOVES: the travel stop, not its RV hookups; LIFE TIME: the gym; DISH:
   * a restaurant's word as often as the satellite company, which the own list names by its billing names).
   */
  private static final Set<String> SKIPPED = Set.of("shop/bicycle:Giant", "tourism/caravan_site:Love's",
      "shop/truck_repair:Love's", "office/coworking:Life Time", "amenity/training:Aveda",
      "shop/newsagent:Central Convenience Store", "shop/video:TSUTAYA", "shop/dry_cleaning:Zips Dry Cleaning",
      "office/financial_advisor:NM Money", "shop/gas:Air Liquide", "shop/telecommunication:DISH");

  static {
    String[][] map = {
        {"shop/supermarket", "supermarket"}, {"shop/convenience", "convenience"}, {"shop/greengrocer", "supermarket"},
        {"shop/butcher", "supermarket"}, {"shop/alcohol", "supermarket"}, {"shop/wine", "supermarket"},
        {"shop/frozen_food", "supermarket"}, {"shop/health_food", "supermarket"},
        {"amenity/fast_food", "eating_out"}, {"amenity/restaurant", "eating_out"}, {"amenity/cafe", "eating_out"},
        {"amenity/pub", "eating_out"}, {"amenity/bar", "eating_out"}, {"amenity/ice_cream", "eating_out"},
        {"shop/coffee", "eating_out"}, {"shop/bakery", "eating_out"}, {"shop/pastry", "eating_out"},
        {"shop/confectionery", "eating_out"}, {"shop/chocolate", "eating_out"}, {"shop/tea", "eating_out"},
        {"amenity/fuel", "fuel"}, {"amenity/charging_station", "fuel"},
        {"shop/clothes", "clothing"}, {"shop/shoes", "clothing"}, {"shop/fashion_accessories", "clothing"},
        {"shop/jewelry", "clothing"}, {"shop/watches", "clothing"}, {"shop/bag", "clothing"},
        {"shop/doityourself", "home_improvement"}, {"shop/hardware", "home_improvement"},
        {"shop/paint", "home_improvement"}, {"shop/trade", "home_improvement"},
        {"shop/garden_centre", "home_improvement"}, {"shop/bathroom_furnishing", "home_improvement"},
        {"shop/furniture", "household"}, {"shop/houseware", "household"}, {"shop/kitchen", "household"},
        {"shop/bed", "household"}, {"shop/interior_decoration", "household"}, {"shop/storage_rental", "household"},
        {"shop/appliance", "household"}, {"shop/carpet", "household"}, {"shop/curtain", "household"},
        {"shop/variety_store", "retail"}, {"shop/department_store", "retail"}, {"shop/general", "retail"},
        {"shop/electronics", "retail"}, {"shop/computer", "retail"}, {"shop/books", "retail"},
        {"shop/toys", "retail"}, {"shop/sports", "retail"}, {"shop/outdoor", "retail"}, {"shop/gift", "retail"},
        {"shop/party", "retail"}, {"shop/music", "retail"}, {"shop/video_games", "retail"}, {"shop/craft", "retail"},
        {"shop/mobile_phone", "retail"}, {"shop/stationery", "office_expenses"}, {"shop/copyshop", "office_expenses"},
        {"amenity/pharmacy", "healthcare"}, {"shop/chemist", "healthcare"}, {"amenity/dentist", "healthcare"},
        {"amenity/clinic", "healthcare"}, {"amenity/doctors", "healthcare"}, {"shop/optician", "healthcare"},
        {"shop/hearing_aids", "healthcare"}, {"shop/medical_supply", "healthcare"},
        {"shop/beauty", "personal_care"}, {"shop/cosmetics", "personal_care"}, {"shop/hairdresser", "personal_care"},
        {"shop/perfumery", "personal_care"},
        {"shop/pet", "pets"}, {"amenity/veterinary", "pets"}, {"shop/pet_grooming", "pets"},
        {"leisure/fitness_centre", "fitness"}, {"leisure/sports_centre", "fitness"},
        {"amenity/cinema", "leisure"}, {"amenity/theatre", "leisure"}, {"leisure/bowling_alley", "leisure"},
        {"leisure/amusement_arcade", "leisure"}, {"shop/ticket", "leisure"},
        {"shop/car_repair", "vehicle_expenses"}, {"shop/tyres", "vehicle_expenses"},
        {"shop/car_parts", "vehicle_expenses"}, {"amenity/car_wash", "vehicle_expenses"},
        {"shop/car", "vehicle_expenses"}, {"shop/motorcycle", "vehicle_expenses"},
        {"amenity/car_rental", "other_transport"}, {"amenity/bicycle_rental", "other_transport"},
        {"amenity/parking", "parking"}, {"tourism/hotel", "holidays"}, {"tourism/motel", "holidays"},
        {"shop/travel_agency", "holidays"}, {"office/insurance", "insurance"}, {"shop/money_lender", "payday_loan"},
        {"amenity/kindergarten", "childcare"}, {"amenity/childcare", "childcare"}, {"shop/charity", "gifts_charity"},
        {"shop/lottery", "gambling"}, {"amenity/casino", "gambling"}, {"amenity/gambling", "gambling"},
        {"shop/bookmaker", "gambling"},
        // Thirteenth session: the other kinds of shop and service a bank line names, each as the
        // standard MCC groups file it (mcc.tsv) where that says what was bought.
        {"shop/wholesale", "supermarket"}, {"shop/deli", "supermarket"}, {"shop/dairy", "supermarket"},
        {"shop/spices", "supermarket"}, {"shop/beverages", "supermarket"}, {"highway/services", "fuel"},
        {"shop/country_store", "home_improvement"}, {"shop/agrarian", "home_improvement"},
        {"shop/tiles", "home_improvement"}, {"shop/flooring", "home_improvement"},
        {"shop/electrical", "home_improvement"}, {"shop/power_tools", "home_improvement"},
        {"shop/swimming_pool", "home_improvement"}, {"shop/tool_hire", "home_improvement"},
        {"shop/plant_hire", "home_improvement"}, {"shop/groundskeeping", "home_improvement"},
        {"shop/pest_control", "home_improvement"}, {"craft/cleaning", "home_improvement"},
        {"craft/plumber", "home_improvement"}, {"craft/electrician", "home_improvement"},
        {"craft/painter", "home_improvement"}, {"craft/glaziery", "home_improvement"},
        {"shop/candles", "household"}, {"shop/vacuum_cleaner", "household"}, {"shop/lighting", "household"},
        {"shop/window_blind", "household"}, {"shop/household_linen", "household"},
        {"shop/dry_cleaning", "household"}, {"shop/laundry", "household"}, {"craft/electronics_repair", "household"},
        {"shop/bicycle", "retail"}, {"shop/hifi", "retail"}, {"shop/camera", "retail"},
        {"shop/musical_instrument", "retail"}, {"shop/games", "retail"}, {"shop/second_hand", "retail"},
        {"shop/baby_goods", "retail"}, {"shop/art", "retail"}, {"shop/frame", "retail"}, {"shop/photo", "retail"},
        {"shop/pyrotechnics", "retail"}, {"shop/e-cigarette", "retail"}, {"shop/tobacco", "retail"},
        {"shop/cannabis", "retail"}, {"shop/erotic", "retail"}, {"shop/boat", "retail"}, {"shop/catalogue", "retail"},
        {"shop/mall", "retail"}, {"shop/newsagent", "retail"}, {"shop/leather", "clothing"},
        {"shop/nutrition_supplements", "healthcare"}, {"healthcare/laboratory", "healthcare"},
        {"healthcare/physiotherapist", "healthcare"}, {"healthcare/alternative", "healthcare"},
        {"healthcare/audiologist", "healthcare"}, {"healthcare/rehabilitation", "healthcare"},
        {"amenity/hospital", "healthcare"}, {"shop/massage", "personal_care"},
        {"shop/hairdresser_supply", "personal_care"}, {"shop/florist", "gifts_charity"},
        {"shop/truck", "vehicle_expenses"}, {"shop/truck_repair", "vehicle_expenses"},
        {"shop/motorcycle_repair", "vehicle_expenses"}, {"shop/caravan", "vehicle_expenses"},
        {"shop/rental", "other_transport"}, {"amenity/motorcycle_rental", "other_transport"},
        {"amenity/car_sharing", "other_transport"}, {"amenity/prep_school", "education"},
        {"amenity/language_school", "education"}, {"amenity/music_school", "education"},
        {"amenity/university", "education"}, {"amenity/school", "education"}, {"amenity/college", "education"},
        {"amenity/training", "education"}, {"amenity/animal_boarding", "pets"},
        {"leisure/trampoline_park", "leisure"}, {"leisure/escape_game", "leisure"},
        {"leisure/dance", "leisure"}, {"leisure/miniature_golf", "leisure"}, {"leisure/high_ropes_course", "leisure"},
        {"tourism/theme_park", "leisure"}, {"shop/video", "leisure"}, {"tourism/caravan_site", "holidays"},
        {"tourism/hostel", "holidays"}, {"amenity/bureau_de_change", "holidays"},
        {"office/tax_advisor", "professional_fees"}, {"office/lawyer", "professional_fees"},
        {"shop/funeral_directors", "professional_fees"}, {"office/coworking", "office_expenses"},
        {"craft/signmaker", "office_expenses"}, {"shop/printer_ink", "office_expenses"},
        {"amenity/post_office", "office_expenses"}, {"amenity/post_depot", "office_expenses"},
        {"shop/telecommunication", "telephone_tv"}, {"office/telecommunication", "telephone_tv"},
        {"shop/gas", "energy"}, {"office/financial_advisor", "investments"}, {"office/mortgage", "mortgage"},
        {"amenity/money_transfer", "p2p_transfer"}};
    // Not amenity/vending_machine: its brands sell drinks, parcels lockers, photos and keys alike
    // (Timpson's machines made every TIMPSON line eating out).
    for (String[] m : map) {
      CATEGORY.put(m[0], m[1]);
    }
  }

  private MerchantIndexBuilder() {
  }

  /**
   * Normalises a name as the categoriser normalises descriptions: accents removed, upper case,
   * everything but letters and digits a single space.
   *
   * @param s  a name
   * @return the normalised form
   */
  public static String normalise(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    n = n.replace("'", "").replace("’", "");
    n = n.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").trim();
    return n;
  }

  /**
   * Entry point.
   *
   * @param args  NSI_FLAT_CSV OUT_TSV
   * @throws IOException on read or write failure
   */
  public static void main(String[] args) throws IOException {
    Path in = Paths.get(args[0]);
    Path out = Paths.get(args[1]);
    // Read once: one pass finds which words several brands share, the next writes the index.
    List<List<String>> rows = CsvLines.read(in, StandardCharsets.UTF_8);
    List<String> header = rows.get(0);
    List<List<String>> brands = rows.subList(1, rows.size()).stream().filter(f -> f.size() >= header.size())
        .toList();
    Map<String, String[]> byName = new TreeMap<>();
    Map<String, Set<String>> owners = wordOwners(brands, header);
    Map<String, String> countries = new java.util.HashMap<>();
    for (List<String> f : brands) {
      String path = f.get(header.indexOf("path")).replaceFirst("^brands/", "");
      String category = CATEGORY.get(path);
      String include = " " + f.get(header.indexOf("include")) + " ";
      boolean gb = include.contains(" gb");
      // A country code, or one of its regions' location sets (us-pa.geojson: Wawa, Sheetz).
      boolean us = include.contains(" us ") || include.contains(" us-");
      boolean worldwide = include.contains(" 001 ");
      boolean here = gb || us || worldwide;
      if (category == null || !here) {
        continue;
      }
      String brand = f.get(header.indexOf("brand"));
      if (SKIPPED.contains(path + ":" + brand)) {
        continue;
      }
      String name = f.get(header.indexOf("name"));
      String display = (brand.isEmpty() ? name : brand).replaceAll("\\s*\\(.*\\)", "").trim();
      if (display.isEmpty()) {
        continue;
      }
      Set<String> patterns = new LinkedHashSet<>();
      addPattern(patterns, brand);
      // A shop's own name under a brand that shares no word with it is the shop's description
      // (a Lukoil named "Mini Mart"), not the brand.
      if (brand.isEmpty() || sharesAWord(name, brand)) {
        addPattern(patterns, name);
      }
      for (String alt : f.get(header.indexOf("matchNames")).split("\\|")) {
        if (!isSharedWord(alt, owners)) {
          addPattern(patterns, alt);
        }
      }
      if (!patterns.isEmpty()) {
        String key = display + "\t" + category;
        // A brand listed under several kinds of shop of the same category (Ulta Beauty's beauty
        // and cosmetics entries) takes every entry's patterns, not only the first's.
        byName.merge(key, patterns.toArray(new String[0]), (a, b) -> {
          Set<String> all = new LinkedHashSet<>(java.util.Arrays.asList(a));
          all.addAll(java.util.Arrays.asList(b));
          return all.toArray(new String[0]);
        });
        // A brand of one of the two countries only: its words may mean something else in the other
        // (Holiday is a US fuel chain; a British HOLIDAY is a trip). Several entries: the widest.
        String country = worldwide || gb && us ? "" : gb ? "GB" : "US";
        countries.merge(key, country, (a, b) -> a.equals(b) ? a : "");
      }
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      w.println("# Brands from the OpenStreetMap Name Suggestion Index (BSD-3-Clause, NSI contributors; see NOTICE),");
      w.println("# GB, US and worldwide subsets, generated by testdata MerchantIndexBuilder. Do not edit by hand.");
      w.println("# Columns: patterns (normalised, '|'-separated) TAB display name TAB category key");
      w.println("#          [TAB GB or US: a brand of that country only, matched for its accounts and those of no known country].");
      for (Map.Entry<String, String[]> e : byName.entrySet()) {
        String country = countries.get(e.getKey());
        w.println(String.join("|", e.getValue()) + "\t" + e.getKey() + (country.isEmpty() ? "" : "\t" + country));
      }
    }
  }

  /**
   * NSI's match names serve OSM features already tagged with the brand's kind of shop, where a
   * shop called "Dollar" among car rentals is Dollar Car Rental. On a bank line there is no such
   * context, and a single word that several brands' names share ({@code DOLLAR}: Dollar General,
   * Dollar Tree, Family Dollar...; {@code FIVE}: Five Guys, Five Below...) identifies none of them.
   *
   * @param alt  a match name
   * @param owners  for each normalised word, how many brands (by Wikidata id) have it in their name
   * @return true when {@code alt} is one word that at least three brands' names share
   */
  static boolean isSharedWord(String alt, Map<String, Set<String>> owners) {
    String a = normalise(alt);
    return !a.isEmpty() && a.indexOf(' ') < 0 && owners.getOrDefault(a, Set.of()).size() >= SHARED_BY;
  }

  /**
   * A shop's name that shares no word with its brand is the shop's own description in OSM (a Lukoil
   * named "Mini Mart"), never how a bank line names the brand.
   *
   * @return true when {@code alt} has a word of three letters or more that {@code own} has
   */
  static boolean sharesAWord(String alt, String own) {
    Set<String> words = new java.util.HashSet<>(java.util.Arrays.asList(normalise(own).split(" ")));
    for (String w : normalise(alt).split(" ")) {
      if (w.length() >= 3 && words.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** How many brands' names must share a word before it no longer identifies one on its own. */
  private static final int SHARED_BY = 3;

  /** @return for each word of any brand's name or brand, the brands (Wikidata id, else name) that have it */
  private static Map<String, Set<String>> wordOwners(List<List<String>> brands, List<String> header) {
    Map<String, Set<String>> owners = new java.util.HashMap<>();
    for (List<String> f : brands) {
      String brand = f.get(header.indexOf("brand"));
      String name = f.get(header.indexOf("name"));
      String id = f.get(header.indexOf("brand_wikidata"));
      String owner = id.isEmpty() ? normalise(brand.isEmpty() ? name : brand) : id;
      for (String field : new String[] {brand, name}) {
        for (String word : normalise(field).split(" ")) {
          if (!word.isEmpty()) {
            owners.computeIfAbsent(word, k -> new java.util.HashSet<>()).add(owner);
          }
        }
      }
    }
    return owners;
  }

  private static void addPattern(Set<String> patterns, String raw) {
    if (raw == null || raw.isBlank()) {
      return;
    }
    String p = normalise(raw);
    if (p.length() < 4 || COMMON.contains(p) || p.chars().allMatch(Character::isDigit)) {
      return;
    }
    // The categoriser reads a word of four letters or more glued to digits as the word (store
    // numbers: STARBUCKS1234), so HOME2 or ROUND1 would match every HOME and ROUND.
    if (p.matches("[A-Z]{4,}[0-9]+")) {
      return;
    }
    patterns.add(p);
  }
}
