package org.insights.categoriser.impl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.insights.categoriser.Category;
import org.insights.categoriser.Descriptions;
import org.insights.categoriser.Taxonomy;

/**
 * The compiled rules: one Aho-Corasick automaton over every pattern (merchants, cues, benefit
 * codes, context words) with parallel primitive arrays describing each rule, plus the MCC table.
 * Built once from the resources; immutable and thread-safe.
 */
public final class RuleSet {

  static final byte MERCHANT = 1;
  static final byte CUE = 2;
  static final byte BENEFIT = 3;
  static final byte CONTEXT = 4;
  /** A cue that counts only at the very start of a description ({@code ^TO} in {@code cues.tsv}). */
  static final byte START_CUE = 6;
  /**
   * A cue that counts only where the merchant's name begins, after any payment-type prefix
   * ({@code >DR} in {@code cues.tsv}: DR KATHLEEN THOMSE is a doctor, SMOG DR is not).
   */
  static final byte NAME_START_CUE = 7;
  /** Direction of a cue that counts only on a debit card line (GAS there is fuel, on a bill energy). */
  static final int CARD_DEBIT = -2;
  /**
   * Direction of a cue that counts only on a debit that is no card line ({@code N} in {@code
   * cues.tsv}): CASH is money drawn, but a card's own name on a purchase (CASH CARD: QZV GRILL, Cash
   * App's card) is no withdrawal.
   */
  static final int OTHER_DEBIT = -3;
  /** A cue word cut short, as fixed-width descriptors cut the merchant's last word: counts only there. */
  static final byte CUT_CUE = 5;

  /** Benefit codes of three letters or fewer that are distinctive enough to need no DWP/HMRC context. */
  private static final java.util.Set<String> DISTINCTIVE = java.util.Set.of("PIP", "ESA", "JSA", "CHB", "DLA", "WTC",
      "CTC");

  /** NSI category preference when one brand name appears under several OSM tags. */
  private static final List<String> PREFERENCE = List.of("supermarket", "eating_out", "fuel", "clothing", "retail",
      "home_improvement", "household", "healthcare", "personal_care", "pets", "fitness", "leisure",
      "vehicle_expenses", "convenience");

  /**
   * Payment processors, which take payments for other merchants whose names follow theirs on the
   * line ({@code PAYPAL *NETFLIX}, {@code SUMUP *JOHNS CAFE}): merchants in their own right only
   * when nobody else is named. The one list for the rules, the merchant column and the names.
   * AMZ is Amazon's payments for its marketplace's sellers ({@code AMZ*CAMETA CAMERA}).
   */
  public static final List<String> PROCESSORS = List.of("PAYPAL", "SUMUP", "IZETTLE", "ZETTLE", "STRIPE", "SQUARE",
      "AMZ");

  /**
   * App stores: like a processor they yield to a known merchant named after them ({@code GOOGLE
   * *YOUTUBEPREMIUM} is YouTube), but they sell what they take payment for, so an unknown app
   * behind them leaves the store as the merchant ({@code GOOGLE *OMGPOP} is Google).
   */
  public static final List<String> APP_STORES = List.of("GOOGLE");

  /**
   * Brands whose name is also a British bank's payment-type code: HSBC and Lloyds write BP for a
   * bill payment ({@code BP BRITISH GAS}). Their British rows (the own list's country column) yield,
   * like an app store, to a known merchant named after them and stay the merchant otherwise
   * ({@code BP CONNECT WITNEY} is the filling station); elsewhere the brand comes first as any
   * brand does ({@code BP AMPM} is a BP station's shop).
   */
  private static final List<String> CODE_BRANDS = List.of("BP");

  private static final java.util.Set<String> PROCESSOR_PATTERNS = patterns(PROCESSORS);
  private static final java.util.Set<String> APP_STORE_PATTERNS = patterns(APP_STORES);
  private static final java.util.Set<String> CODE_BRAND_PATTERNS = patterns(CODE_BRANDS);

  /** @return the names as the automaton's patterns: normalised words with a space either side */
  private static java.util.Set<String> patterns(List<String> names) {
    return names.stream().map(p -> " " + p + " ").collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /**
   * English words that are also the start of a longer cue word of another meaning, which a line
   * ending in them does not cut (STATION is no STATIONERY, ELECT no ELECTRIC, NURSE no NURSERY,
   * PROPER no PROPERTIES). Fragments of the same meaning stay cuts (CHICK, PLUMB, JEWEL).
   */
  private static final java.util.Set<String> NOT_CUTS = java.util.Set.of("STATION", "ELECT", "INTER", "INTERN", "TRANS",
      "NURSE", "PROPER", "TOWNS", "LIGHT", "NOVEL", "STAFF", "MEMBER", "RECORD", "GROOM", "COLLECT", "CONTRACT",
      "RECEIVE", "PURCHASE", "MEDIC", "LEARN", "LESSON", "CROSS", "SPEED", "SPIRIT", "SAVING", "CABIN", "DRESS",
      "FLOOR", "CHARGE", "PROPERTIES", "OFFICE", "CENTER", "SERVICE", "ACCOUNT", "WORLD", "PAYMENT", "PAYMENTS",
      "DRAWING");

  /** Words that name a kind of business (a shop's or restaurant's), never one brand. */
  public static final java.util.Set<String> KINDS_OF_BUSINESS = java.util.Set.of("GRILL", "CAFE", "BREW", "PUB",
      "BAR", "RESTAURANT", "PIZZA", "BAKERY", "KITCHEN", "DINER", "BISTRO", "TAVERN", "LOUNGE", "DELI", "BURGER",
      "COFFEE", "MARKET", "STORE", "SHOP", "PHARMACY", "GARAGE", "MOTORS", "AUTO", "TIRE", "TIRES", "HOTEL", "INN",
      "MOTEL", "GAS", "FUEL", "OIL", "SALON", "SPA", "NAILS", "BARBER", "GYM", "FITNESS", "CLINIC", "DENTAL", "VET",
      "BOOKS", "TOYS", "SHOES", "JEWELRY", "FURNITURE", "HARDWARE", "LIQUOR", "WINE", "BEER", "TEA", "JUICE",
      "DONUTS", "NOODLES", "SUSHI", "TACOS", "WINGS", "SUBS", "BAGELS", "CREPES", "GELATO", "ICE CREAM", "FOOD",
      "FOODS", "GROCERY", "SUPERMARKET", "MART", "OUTLET", "DEPOT", "CENTER", "CENTRE", "EATERY", "CANTINA",
      "TAQUERIA", "PIZZERIA", "STEAKHOUSE", "SMOKEHOUSE", "BBQ", "BREWERY", "BREWING", "TAPROOM", "SALOON",
      "CREAMERY", "ROASTERS", "BOUTIQUE", "FLORIST", "BAKESHOP", "CAFETERIA", "TRATTORIA", "RAMEN", "PHO",
      "CLEANERS", "REPAIR", "LAUNDRY", "LAUNDROMAT", "BARBERSHOP", "DENTISTRY", "CHIROPRACTIC", "FLOWERS");

  /** Car makes whose finance arms lend and lease under the make's name. */
  private static final List<String> CAR_MAKES = List.of("AUDI", "BMW", "MERCEDES", "MERCEDES BENZ", "VW", "VOLKSWAGEN",
      "FORD", "TOYOTA", "LEXUS", "HONDA", "ACURA", "NISSAN", "INFINITI", "HYUNDAI", "KIA", "MAZDA", "SUBARU",
      "MITSUBISHI", "CHEVROLET", "CHEVY", "GMC", "BUICK", "CADILLAC", "CHRYSLER", "JEEP", "DODGE", "VOLVO", "TESLA",
      "PORSCHE", "JAGUAR", "LAND ROVER", "PEUGEOT", "CITROEN", "RENAULT", "VAUXHALL", "SKODA", "FIAT", "SUZUKI",
      "HARLEY DAVIDSON", "POLESTAR", "CUPRA", "STELLANTIS");

  /** Words of lending after a car make: its finance arm's bill. */
  private static final List<String> CAR_FINANCE_WORDS = List.of("FINANCE", "FINANCIAL", "FIN", "FS", "FIN SVCS",
      "CREDIT", "CAPITAL", "LEASE", "LEASING", "ACCEPTANCE", "PMT", "PYMT", "PAYMENT", "PAYMT", "AUTOPAY",
      "AUTO PAY", "LOAN");

  /** Words that describe a kind of business or are too general to be one brand. */
  private static final java.util.Set<String> GENERIC_WORDS = java.util.stream.Stream.concat(
      KINDS_OF_BUSINESS.stream(), java.util.stream.Stream.of("EXPRESS", "PLUS", "DIRECT", "ALPINE", "GEORGE",
          "PULLMAN", "CHICAGO", "BOSTON", "LONDON", "DENVER", "AUSTIN", "PHOENIX", "ATLANTA"))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  final Taxonomy taxonomy;
  /** Every word of the merchant dictionaries and cues, upper case: the words a name may end with. */
  private final java.util.Set<String> words = new java.util.HashSet<>();
  /** The same words in order, for the words a cut one may have been. */
  private String[] sortedWords;
  final CompiledTrie trie = new CompiledTrie();
  /** The fingerprint of the pattern map the automaton was built from (see {@link CompiledTrie}). */
  long fingerprint;
  /** Whether the shipped compiled tables were current and read. */
  boolean compiledUsed;
  /**
   * The compiled tables shipped beside the rules (see {@link #writeCompiled}), used while the
   * resources' checksum matches the one they were written from; a test fails while they are stale.
   */
  static final String COMPILED = "rules.trie";
  byte[] kind;
  byte[] direction; // 0 either, 1 credit, -1 debit
  int[] categoryId; // -1 when the rule names no category
  int[] classId; // -1 when the rule names no class
  float[] strength;
  String[] merchantName; // display name or null
  int[] length;
  boolean[] needsContext;
  /** False for brand-index merchants: they count only where the merchant column begins. */
  boolean[] anywhere;
  /** 0 for a rule that holds everywhere, else the one country ({@link #countryCode}) it holds in. */
  byte[] country;
  /** A payment processor or app store: a merchant only when no known merchant follows it. */
  boolean[] processor;
  /** A payment processor proper: the merchant it was paid for is the name, whoever that is. */
  boolean[] paysOthers;
  /**
   * For a brand-index merchant matched by one word that is not the brand's name spelled out (KIMS
   * for Kim's Convenience Store, MACS for Circle K): the brand's name normalised, which says which
   * words around the alias still belong to the brand; else null.
   */
  String[] aliasOf;
  final short[] mccCategory = new short[10_000];
  /** "CODE/SUBCODE" (or "CODE/*") to {category id, class id, strength * 1000}. */
  final java.util.Map<String, int[]> transactionCodes = new java.util.HashMap<>();
  final int[] categoryIdByIndex;

  /** Categories whose merchants' credits keep the category: winnings, sold holdings, own app-bank money. */
  final it.unimi.dsi.fastutil.ints.IntOpenHashSet keptOnCredit;
  /** Categories of lenders, whose credits are loan advances. */
  final it.unimi.dsi.fastutil.ints.IntOpenHashSet lenders;

  private RuleSet(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    this.categoryIdByIndex = taxonomy.categories().stream().mapToInt(Category::id).toArray();
    this.keptOnCredit = new it.unimi.dsi.fastutil.ints.IntOpenHashSet(new int[] {
        taxonomy.categoryByKey("gambling").id(), taxonomy.categoryByKey("investments").id(),
        taxonomy.categoryByKey("own_transfer").id()});
    this.lenders = new it.unimi.dsi.fastutil.ints.IntOpenHashSet(new int[] {taxonomy.categoryByKey("loan").id(),
        taxonomy.categoryByKey("payday_loan").id(), taxonomy.categoryByKey("car_finance").id()});
  }

  /** @return the rules built from the shipped resources */
  public static RuleSet load() {
    return load(Taxonomy.DEFAULT);
  }

  static RuleSet load(Taxonomy taxonomy) {
    return load(taxonomy, true);
  }

  /** @param useCompiled  whether the shipped compiled tables may be used (for the default taxonomy only) */
  static RuleSet load(Taxonomy taxonomy, boolean useCompiled) {
    if (useCompiled && taxonomy == Taxonomy.DEFAULT) {
      try (InputStream in = Taxonomy.class.getResourceAsStream(COMPILED)) {
        RuleSet compiled = readCompiled(taxonomy, in);
        if (compiled != null) {
          return compiled;
        }
      } catch (IOException ex) {
        // unreadable: build instead
      }
    }
    RuleSet r = new RuleSet(taxonomy);
    Builder b = new Builder(taxonomy);
    List<Runnable> glued = new ArrayList<>();
    for (String[] row : tsv("merchants-own.tsv")) {
      String name = row[1].equals("-") ? null : row[1];
      byte country = row.length > 3 ? countryCode(row[3]) : 0;
      for (String p : withDigitsGlued(withAnd(row[0].split("\\|"), name))) {
        b.add(p, MERCHANT, 0, row[2], null, 0.80f, name, false, 0, country);
        glued.add(() -> b.addGlued(p, row[2], 0.80f, name, 0, country));
      }
    }
    List<String[]> brands = tsv("merchants-nsi.tsv");
    // A pattern several brands share takes its category from the preferred kind of shop, and its
    // name from the brand spelled as the pattern if there is one: ADIDAS is Adidas, not Adidas Originals.
    Map<String, String> nameSpelledAs = new HashMap<>();
    for (String[] row : brands) {
      nameSpelledAs.putIfAbsent(lettersAndDigits(row[1]), row[1]);
    }
    for (String[] row : brands) {
      int rank = PREFERENCE.indexOf(row[2]);
      byte country = row.length > 3 ? countryCode(row[3]) : 0;
      for (String p : withDigitsGlued(withAnd(row[0].split("\\|"), row[1]))) {
        String name = nameSpelledAs.getOrDefault(lettersAndDigits(p), row[1]);
        int place = 1 + (rank < 0 ? PREFERENCE.size() : rank);
        b.add(p, MERCHANT, 0, row[2], null, 0.78f, name, false, place, country);
        glued.add(() -> b.addGlued(p, row[2], 0.78f, name, place, country));
      }
    }
    List<String[]> cues = tsv("cues.tsv");
    for (String[] row : cues) {
      int dir = row[1].equals("C") ? 1 : row[1].equals("D") ? -1 : row[1].equals("K") ? CARD_DEBIT
          : row[1].equals("N") ? OTHER_DEBIT : 0;
      byte country = row.length > 5 ? countryCode(row[5]) : 0;
      for (String p : row[0].split("\\|")) {
        boolean atStart = p.startsWith("^");
        boolean atName = p.startsWith(">");
        b.add(atStart || atName ? p.substring(1) : p, atStart ? START_CUE : atName ? NAME_START_CUE : CUE, dir,
            row[2].equals("-") ? null : row[2],
            row[3].equals("-") ? null : row[3], Float.parseFloat(row[4]), null, false, 0, country);
      }
    }
    // A car maker's finance arm bills under the make and a word of lending (HONDA PMT, AUDI FINANCE,
    // BMW FS): a car loan or lease, not the dealer's workshop the brand alone would say.
    for (String make : CAR_MAKES) {
      for (String word : CAR_FINANCE_WORDS) {
        b.add(make + " " + word, CUE, -1, "car_finance", "recurring", 0.90f, null, false, 0);
      }
    }
    // Descriptors cut the merchant column at a fixed width (VERONAS ITALIAN RESTAU, HIMMELSEHR CHIROPRACTI):
    // a debit cue's long last word also counts cut short, at the end of the column only.
    for (String[] row : cues) {
      if (!row[1].equals("D") || row[2].equals("-") || row.length > 5) {
        continue;
      }
      for (String p : row[0].split("\\|")) {
        int lastSpace = p.lastIndexOf(' ');
        String last = p.substring(lastSpace + 1);
        if (p.startsWith("^") || p.startsWith(">")) {
          continue;
        }
        if (last.length() < 7 || !last.chars().allMatch(Character::isLetter)) {
          continue;
        }
        // Fragments of at least 60% of the word: shorter ones say little and cost automaton states.
        // A fragment that is an English word of its own is that word, not a cut (STATION of
        // STATIONERY: SERVICE STATION is no stationer).
        b.forEachNewCut(p, Math.max(lastSpace < 0 ? 5 : 4, (last.length() * 3 + 4) / 5), cut -> {
          if (!NOT_CUTS.contains(cut.substring(cut.lastIndexOf(' ') + 1))) {
            b.add(cut, CUT_CUE, -1, row[2], row[3].equals("-") ? null : row[3], Float.parseFloat(row[4]) - 0.02f,
                null, false, 0);
          }
        });
      }
    }
    // Once every dictionary and cue word is known: the brands' glued spellings (see addGlued).
    glued.forEach(Runnable::run);
    List<String[]> ukBenefits = tsv("benefits-uk.tsv");
    for (String[] row : ukBenefits) {
      String code = row[0];
      boolean context = code.replace(" ", "").length() <= 3 && !DISTINCTIVE.contains(code);
      b.add(code, BENEFIT, 1, row[1], "transfer", context ? 0.93f : 0.95f, null, context, 0);
    }
    // Statements cut a spelled-out benefit at their field's width (UNIVERSAL CRED, HOUSING BEN,
    // CARERS ALLOW): a name of two or more words also counts with its last word cut to three letters or more.
    for (String[] row : ukBenefits) {
      String name = row[0];
      int lastSpace = name.lastIndexOf(' ');
      String last = name.substring(lastSpace + 1);
      if (lastSpace < 2 || last.length() < 5 || !last.chars().allMatch(Character::isLetter)) {
        continue;
      }
      b.forEachNewCut(name, 3, cut -> b.add(cut, BENEFIT, 1, row[1], "transfer", 0.90f, null, false, 0));
    }
    for (String[] row : tsv("benefits-us.tsv")) {
      b.add(row[0], BENEFIT, 1, row[1], "transfer", 0.95f, null, false, 0);
    }
    for (String w : new String[] {"DWP", "HMRC", "DSS", "DEPT FOR WORK", "DEPARTMENT FOR WORK", "HM REVENUE", "COUNCIL",
        "BOROUGH"}) {
      b.add(w, CONTEXT, 0, null, null, 0f, null, false, 0);
    }
    b.build(r);
    r.words.addAll(b.words);
    r.sortedWords = r.words.toArray(new String[0]);
    Arrays.sort(r.sortedWords);
    for (String[] row : tsv("transaction-codes.tsv")) {
      int cat = row[2].equals("-") ? -1 : taxonomy.categoryByKey(row[2]).id();
      int cls = row[3].equals("-") ? -1 : taxonomy.classByKey(row[3]).id();
      r.transactionCodes.put(row[0] + "/" + row[1], new int[] {cat, cls, Math.round(Float.parseFloat(row[4]) * 1000)});
    }
    Arrays.fill(r.mccCategory, (short) -1);
    for (String[] row : tsv("mcc.tsv")) {
      int from = Integer.parseInt(row[0]);
      int to = Integer.parseInt(row[1]);
      int idx = r.indexOf(taxonomy.categoryByKey(row[2]).id());
      for (int m = from; m <= to; m++) {
        r.mccCategory[m] = (short) idx;
      }
    }
    return r;
  }

  /** The resources the rules are built from: the compiled tables hold while these bytes are unchanged. */
  private static final List<String> SOURCES = List.of("taxonomy.json", "merchants-own.tsv", "merchants-nsi.tsv",
      "cues.tsv", "benefits-uk.tsv", "benefits-us.tsv", "transaction-codes.tsv", "mcc.tsv");

  private static final int COMPILED_MAGIC = 0x52554c32; // "RUL2"

  /** @return a CRC-32 over the bytes of every source resource, in order */
  static long sourcesChecksum() {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    for (String name : SOURCES) {
      try (InputStream in = Taxonomy.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + name);
        }
        crc.update(in.readAllBytes());
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
    return crc.getValue();
  }

  /**
   * Writes the tables built from the shipped rules (every rule's columns, the dictionary words, the
   * automaton, transaction codes and the MCC table) for {@code rules.trie} beside them: a cold start
   * reads them instead of parsing and compiling some 14,000 patterns (about three quarters of the load).
   *
   * @param target  where to write
   * @throws IOException on write failure
   */
  public static void writeCompiled(java.io.OutputStream target) throws IOException {
    RuleSet r = load(Taxonomy.DEFAULT, false);
    java.io.DataOutputStream out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(target));
    out.writeInt(COMPILED_MAGIC);
    out.writeLong(sourcesChecksum());
    out.writeLong(r.fingerprint);
    int n = r.kind.length;
    out.writeInt(n);
    out.write(r.kind);
    for (int i = 0; i < n; i++) {
      out.writeByte(r.direction[i]);
      out.writeInt(r.categoryId[i]);
      out.writeInt(r.classId[i]);
      out.writeFloat(r.strength[i]);
      writeString(out, r.merchantName[i]);
      out.writeInt(r.length[i]);
      out.writeByte((r.needsContext[i] ? 1 : 0) | (r.anywhere[i] ? 2 : 0) | (r.processor[i] ? 4 : 0)
          | (r.paysOthers[i] ? 8 : 0));
      out.writeByte(r.country[i]);
      writeString(out, r.aliasOf[i]);
    }
    out.writeInt(r.sortedWords.length);
    for (String w : r.sortedWords) {
      writeString(out, w);
    }
    TreeMap<String, int[]> codes = new TreeMap<>(r.transactionCodes);
    out.writeInt(codes.size());
    for (Map.Entry<String, int[]> e : codes.entrySet()) {
      writeString(out, e.getKey());
      for (int v : e.getValue()) {
        out.writeInt(v);
      }
    }
    for (short m : r.mccCategory) {
      out.writeShort(m);
    }
    out.flush();
    r.trie.write(out, r.fingerprint);
  }

  /**
   * @param in  compiled tables as {@link #writeCompiled} wrote them, or null
   * @return the rules read from them, or null when there are none, or they are stale or damaged
   */
  static RuleSet readCompiled(Taxonomy taxonomy, InputStream in) {
    if (in == null) {
      return null;
    }
    try {
      java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(in.readAllBytes());
      if (b.remaining() < 20 || b.getInt() != COMPILED_MAGIC || b.getLong() != sourcesChecksum()) {
        return null; // written from other resources: build instead (slower, never wrong)
      }
      RuleSet r = new RuleSet(taxonomy);
      r.fingerprint = b.getLong();
      int n = b.getInt();
      r.allocateColumns(n);
      b.get(r.kind);
      for (int i = 0; i < n; i++) {
        r.direction[i] = b.get();
        r.categoryId[i] = b.getInt();
        r.classId[i] = b.getInt();
        r.strength[i] = b.getFloat();
        r.merchantName[i] = readString(b);
        r.length[i] = b.getInt();
        int flags = b.get();
        r.needsContext[i] = (flags & 1) != 0;
        r.anywhere[i] = (flags & 2) != 0;
        r.processor[i] = (flags & 4) != 0;
        r.paysOthers[i] = (flags & 8) != 0;
        r.country[i] = b.get();
        r.aliasOf[i] = readString(b);
      }
      int words = b.getInt();
      r.sortedWords = new String[words];
      for (int i = 0; i < words; i++) {
        r.sortedWords[i] = readString(b); // written sorted
        r.words.add(r.sortedWords[i]);
      }
      int codes = b.getInt();
      for (int i = 0; i < codes; i++) {
        r.transactionCodes.put(readString(b), new int[] {b.getInt(), b.getInt(), b.getInt()});
      }
      for (int m = 0; m < r.mccCategory.length; m++) {
        r.mccCategory[m] = b.getShort();
      }
      if (!r.trie.read(b, r.fingerprint)) {
        return null;
      }
      r.compiledUsed = true;
      return r;
    } catch (IOException | RuntimeException ex) {
      return null; // a damaged file: build instead
    }
  }

  /** Allocates every rule column for {@code n} rules: the builder and the compiled tables fill them. */
  private void allocateColumns(int n) {
    kind = new byte[n];
    direction = new byte[n];
    categoryId = new int[n];
    classId = new int[n];
    strength = new float[n];
    merchantName = new String[n];
    length = new int[n];
    needsContext = new boolean[n];
    anywhere = new boolean[n];
    country = new byte[n];
    processor = new boolean[n];
    paysOthers = new boolean[n];
    aliasOf = new String[n];
  }

  private static void writeString(java.io.DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(java.nio.ByteBuffer b) {
    int len = b.getInt();
    if (len < 0) {
      return null;
    }
    String s = new String(b.array(), b.position(), len, StandardCharsets.UTF_8);
    b.position(b.position() + len);
    return s;
  }

  /**
   * @param other  rules loaded another way
   * @return true when both hold the same rules, words, automaton, codes and MCC table
   */
  boolean sameAs(RuleSet other) {
    return fingerprint == other.fingerprint && Arrays.equals(kind, other.kind)
        && Arrays.equals(direction, other.direction) && Arrays.equals(categoryId, other.categoryId)
        && Arrays.equals(classId, other.classId) && Arrays.equals(strength, other.strength)
        && Arrays.equals(merchantName, other.merchantName) && Arrays.equals(length, other.length)
        && Arrays.equals(needsContext, other.needsContext) && Arrays.equals(anywhere, other.anywhere)
        && Arrays.equals(processor, other.processor) && Arrays.equals(paysOthers, other.paysOthers)
        && Arrays.equals(country, other.country) && Arrays.equals(aliasOf, other.aliasOf)
        && words.equals(other.words) && Arrays.equals(mccCategory, other.mccCategory)
        && transactionCodes.keySet().equals(other.transactionCodes.keySet())
        && transactionCodes.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(),
            other.transactionCodes.get(e.getKey())))
        && trie.sameAs(other.trie);
  }

  /** @return whether two normalised texts hold the same characters apart from spaces (KIMS, " KIMS ") */
  private static boolean sameLetters(String a, String b) {
    int i = 0;
    int j = 0;
    while (true) {
      while (i < a.length() && a.charAt(i) == ' ') {
        i++;
      }
      while (j < b.length() && b.charAt(j) == ' ') {
        j++;
      }
      if (i == a.length() || j == b.length()) {
        return i == a.length() && j == b.length();
      }
      if (a.charAt(i++) != b.charAt(j++)) {
        return false;
      }
    }
  }

  /**
   * A brand's patterns, and its name with the & spelled AND when a pattern is the name itself:
   * statements write MARKS & SPENCER and MARKS AND SPENCER alike, and the & normalises away.
   */
  private static List<String> withAnd(String[] patterns, String name) {
    List<String> all = new ArrayList<>(List.of(patterns));
    if (name != null && name.indexOf('&') > 0) {
      String spelled = lettersAndDigits(name);
      for (String p : patterns) {
        if (lettersAndDigits(p).equals(spelled)) {
          all.add(name.replace("&", " AND "));
          break;
        }
      }
    }
    return all;
  }

  /**
   * @return the patterns as lines are matched against them: a number of the brand's own glued to
   *     its word (see {@link Descriptions#digitsGlued}); a pattern whose number has no word to join
   *     stays as it is, and {@link Builder#add} skips it
   */
  private static List<String> withDigitsGlued(List<String> patterns) {
    List<String> out = new ArrayList<>(patterns.size());
    for (String p : patterns) {
      String glued = Descriptions.digitsGlued(p);
      out.add(glued == null ? p : glued);
    }
    return out;
  }

  /**
   * @return a display name normalised as the patterns are: a number of the brand's own glued to its
   *     word ({@code Forever 21} is {@code FOREVER21}, the pattern's own spelling, not an alias of it)
   */
  private static String normalisedName(String name) {
    if (name.chars().noneMatch(c -> c >= '0' && c <= '9')) {
      return Descriptions.normalise(name);
    }
    // Upper-case words of letters and digits, as the dictionaries write patterns (Floyd's 99 is FLOYDS 99).
    String words = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}|['\u2019]", "").toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").trim();
    String glued = Descriptions.digitsGlued(words);
    return Descriptions.normalise(glued == null ? words : glued);
  }

  /** @return the ASCII letters (in upper case) and digits of a name: {@code "Adidas"} and {@code "ADIDAS"} alike */
  private static String lettersAndDigits(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'a' && c <= 'z') {
        out.append((char) (c - 32));
      } else if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Merchant rules by their display name, first rule first; built on first use. */
  private volatile java.util.Map<String, Integer> byDisplayName;

  /**
   * @param displayName  a description as an app bank writes a merchant: its display name exactly
   *     ({@code Apple}, {@code Next})
   * @return the first merchant rule with that display name, or -1
   */
  public int merchantByDisplayName(String displayName) {
    java.util.Map<String, Integer> map = byDisplayName;
    if (map == null) {
      java.util.Map<String, Integer> built = new java.util.HashMap<>();
      // (Not a bank's name alone: Halifax, Santander may be a mortgage, a card or the holder's own account.)
      int mortgage = taxonomy.categoryByKey("mortgage").id();
      int own = taxonomy.categoryByKey("own_transfer").id();
      for (int r = 0; r < kind.length; r++) {
        if (kind[r] == MERCHANT && merchantName[r] != null && categoryId[r] >= 0 && categoryId[r] != mortgage
            && categoryId[r] != own) {
          built.putIfAbsent(merchantName[r], r);
        }
      }
      map = java.util.Map.copyOf(built);
      byDisplayName = map; // (two threads may build it: the same map either way)
    }
    return map.getOrDefault(displayName, -1);
  }

  /**
   * @param upperCaseWord  a word in upper case
   * @return true when a merchant name, brand pattern or cue uses it as a whole word
   */
  public boolean knowsWord(String upperCaseWord) {
    return words.contains(upperCaseWord);
  }

  /**
   * The word a descriptor cut to {@code start} was, when the dictionaries leave one reading: the one
   * longer word beginning so, or the shortest of several that all begin with it (HOLLANDBARRE is
   * HOLLANDBARRETT whether or not HOLLANDBARRETTS is a word too).
   *
   * @param start  an upper-case word, perhaps cut
   * @return that longer word, or null when there is none or more than one reading
   */
  public String onlyLongerWord(String start) {
    int i = Arrays.binarySearch(sortedWords, start);
    int from = i >= 0 ? i + 1 : -i - 1;
    if (from >= sortedWords.length || !sortedWords[from].startsWith(start)) {
      return null;
    }
    // One reading: every other word beginning so begins with the first of them (and so is longer).
    String shortest = sortedWords[from];
    for (int k = from + 1; k < sortedWords.length && sortedWords[k].startsWith(start); k++) {
      if (!sortedWords[k].startsWith(shortest)) {
        return null;
      }
    }
    return shortest;
  }

  /**
   * @param country  an ISO 3166 alpha-2 code such as GB or US, or null
   * @return the code a country-specific cue is stored under: 1 GB, 2 US, 0 any other or none
   */
  public static byte countryCode(String country) {
    if (country == null) {
      return 0;
    }
    return switch (country) {
      case "GB", "UK" -> 1;
      case "US" -> 2;
      default -> 0;
    };
  }

  /** @return the taxonomy index of a category id */
  int indexOf(int id) {
    for (int i = 0; i < categoryIdByIndex.length; i++) {
      if (categoryIdByIndex[i] == id) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown category id " + id);
  }

  static List<String[]> tsv(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Taxonomy.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(line.split("\t", -1));
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return rows;
  }

  /** One rule before it is laid out in columns. */
  /** {@code ownList}: a merchant of the project's own list (rank 0), which counts anywhere in the column. */
  private record Rule(String pattern, byte kind, int direction, int categoryId, int classId, float strength,
      String merchantName, boolean needsContext, byte country, boolean ownList) {}

  /** Collects rules before the automaton is built. */
  private static final class Builder {
    private final Taxonomy taxonomy;
    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, List<Integer>> byPattern = new HashMap<>();
    private final Map<String, Integer> merchantRank = new HashMap<>();
    /** Whole words of merchant patterns, display names and cues. */
    private final java.util.Set<String> words = new java.util.HashSet<>();
    /** The glued spellings {@link #addGlued} added. */
    private final java.util.Set<String> gluedPatterns = new java.util.HashSet<>();

    Builder(Taxonomy taxonomy) {
      this.taxonomy = taxonomy;
    }

    private static int alphanumericRuns(String raw) {
      int runs = 0;
      boolean in = false;
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        boolean alnum = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
        runs += alnum && !in ? 1 : 0;
        in = alnum;
      }
      return runs;
    }

    private void addWords(String normalised) {
      int start = 1;
      for (int i = 1; i < normalised.length(); i++) {
        if (normalised.charAt(i) == ' ') {
          if (i > start) {
            words.add(normalised.substring(start, i));
          }
          start = i + 1;
        }
      }
    }

    /**
     * Gives {@code pattern} with its last word cut to each length from {@code shortest} letters up to
     * one short of the whole word, skipping the cuts some rule already has as its pattern.
     */
    void forEachNewCut(String pattern, int shortest, java.util.function.Consumer<String> action) {
      int lastSpace = pattern.lastIndexOf(' ');
      int whole = pattern.length() - lastSpace - 1;
      for (int len = shortest; len < whole; len++) {
        String cut = pattern.substring(0, lastSpace + 1 + len);
        if (!has(cut)) {
          action.accept(cut);
        }
      }
    }

    /**
     * Adds a brand of two to four words also spelled run together, as card descriptors and web
     * addresses write it (MARKSSPENCER PLC, WWW.CHILTERNRAILWAYS.CO.UK, PADDYPOWER), with and without
     * its AND: only when the glued word has eight letters or more and is no other word of the
     * dictionaries or cues already (a shorter one, or an English word, would be read into unrelated lines).
     */
    void addGlued(String rawPattern, String categoryKey, float strength, String name, int rank, byte country) {
      String pattern = Descriptions.normalise(rawPattern).trim();
      String[] parts = pattern.split(" ");
      if (parts.length < 2 || parts.length > 4) {
        return;
      }
      String all = String.join("", parts);
      String withoutAnd = String.join("", Arrays.stream(parts).filter(w -> !w.equals("AND")).toList());
      // (The brand's own name may be one of those words: LloydsPharmacy.)
      String ownName = name == null ? "" : Descriptions.normalise(name).replace(" ", "");
      for (String g : all.equals(withoutAnd) ? List.of(all) : List.of(all, withoutAnd)) {
        // (A glued spelling added before competes by rank, as patterns do: FOOD4LESS is the
        // supermarket, as FOOD 4 LESS is, not the fuel station listed first.)
        if (g.length() >= 8 && g.chars().allMatch(Character::isLetterOrDigit) && (gluedPatterns.contains(g)
            || (!words.contains(g) || g.equals(ownName)) && !has(g))) {
          gluedPatterns.add(g);
          add(g, MERCHANT, 0, categoryKey, null, strength, name, false, rank, country);
        }
      }
    }

    /** @return true when some rule already has this pattern */
    boolean has(String rawPattern) {
      return byPattern.containsKey(Descriptions.normalise(rawPattern));
    }

    /** Adds a rule; for merchants, a pattern already owned by a better-ranked merchant is skipped. */
    void add(String rawPattern, byte kind, int dir, String categoryKey, String classKey, float strength,
        String name, boolean context, int rank) {
      add(rawPattern, kind, dir, categoryKey, classKey, strength, name, context, rank, (byte) 0);
    }

    /** @return the key under which a brand-index rule of one country holds its rank for {@code pattern} */
    private static String nationalKey(String pattern, byte country) {
      return pattern + "/" + country;
    }

    /** @return the better (lower) of two ranks, either of which may be absent */
    private static Integer best(Integer a, Integer b) {
      return a == null ? b : b == null ? a : Integer.valueOf(Math.min(a, b));
    }

    /** As the other add, for a rule that holds in one country only ({@code country} not 0). */
    void add(String rawPattern, byte kind, int dir, String categoryKey, String classKey, float strength,
        String name, boolean context, int rank, byte country) {
      String pattern = Descriptions.normalise(rawPattern);
      if (pattern.isBlank()) {
        return;
      }
      if (Descriptions.words(pattern) < alphanumericRuns(rawPattern)) {
        return; // a pattern that loses tokens to normalisation ("TRADING 212") would match a fragment
      }
      if (kind == MERCHANT) {
        // A brand spelled as one generic word would match every description using it.
        if (GENERIC_WORDS.contains(pattern.trim())) {
          return;
        }
        if (rank > 0 || country == 0) {
          // Brand-index rules for one pattern compete within a country: a British and an American
          // brand of the same name (SAVERS: a British chemist, an American thrift store) each serve
          // their own accounts. A worldwide one competes with both.
          boolean national = rank > 0 && country != 0;
          String key = national ? nationalKey(pattern, country) : pattern;
          Integer existing = national ? best(merchantRank.get(key), merchantRank.get(pattern))
              : best(merchantRank.get(pattern), best(merchantRank.get(nationalKey(pattern, countryCode("GB"))),
                  merchantRank.get(nationalKey(pattern, countryCode("US")))));
          if (existing != null && existing <= rank) {
            return;
          }
          if (existing != null) {
            // Replace the worse-ranked merchant rules for this pattern (of this country, or everywhere).
            byPattern.get(pattern).removeIf(i -> rules.get(i).kind() == MERCHANT && !rules.get(i).ownList()
                && (!national || rules.get(i).country() == country || rules.get(i).country() == 0));
          }
          merchantRank.put(key, rank);
        }
        // else: the own list's rule for one country stands beside the brand index's for the same
        // pattern, which still serves the other country (BLUE CROSS: an American health insurer, a
        // British animal charity); where both hold, the own list's stronger rule wins.
      }
      if (kind == MERCHANT || kind == CUE) {
        addWords(pattern);
        if (name != null) {
          addWords(Descriptions.normalise(name));
        }
      }
      int cat = categoryKey == null ? -1 : taxonomy.categoryByKey(categoryKey).id();
      int cls = classKey == null ? -1 : taxonomy.classByKey(classKey).id();
      rules.add(new Rule(pattern, kind, dir, cat, cls, strength, name, context, country, kind == MERCHANT && rank == 0));
      byPattern.computeIfAbsent(pattern, k -> new ArrayList<>()).add(rules.size() - 1);
    }

    void build(RuleSet r) {
      int n = rules.size();
      r.allocateColumns(n);
      Map<String, String> normalisedNames = new HashMap<>();
      for (int i = 0; i < n; i++) {
        Rule rule = rules.get(i);
        r.kind[i] = rule.kind();
        r.direction[i] = (byte) rule.direction();
        r.categoryId[i] = rule.categoryId();
        r.classId[i] = rule.classId();
        r.strength[i] = rule.strength();
        r.merchantName[i] = rule.merchantName();
        r.length[i] = rule.pattern().length();
        r.needsContext[i] = rule.needsContext();
        r.anywhere[i] = rule.kind() != MERCHANT || rule.ownList();
        r.country[i] = rule.country();
        r.paysOthers[i] = rule.kind() == MERCHANT && PROCESSOR_PATTERNS.contains(rule.pattern());
        r.processor[i] = r.paysOthers[i] || rule.kind() == MERCHANT && (APP_STORE_PATTERNS.contains(rule.pattern())
            || CODE_BRAND_PATTERNS.contains(rule.pattern()) && rule.country() == countryCode("GB"));
        if (rule.kind() == MERCHANT && !rule.ownList() && rule.merchantName() != null
            && rule.pattern().indexOf(' ', 1) == rule.pattern().length() - 1) {
          String name = normalisedNames.computeIfAbsent(rule.merchantName(), RuleSet::normalisedName);
          if (!sameLetters(name, rule.pattern())) {
            r.aliasOf[i] = name;
          }
        }
      }
      TreeMap<String, int[]> map = new TreeMap<>();
      for (Map.Entry<String, List<Integer>> e : byPattern.entrySet()) {
        if (!e.getValue().isEmpty()) {
          map.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
        }
      }
      r.fingerprint = CompiledTrie.fingerprint(map);
      r.trie.build(map);
    }
  }
}
