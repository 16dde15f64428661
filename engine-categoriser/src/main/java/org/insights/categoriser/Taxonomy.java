package org.insights.categoriser;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The category and class taxonomy, loaded from the {@code taxonomy.json} resource.
 * <p>
 * Atto's confirmed ids and names (SPEC section 4) are used verbatim; the project's extensions lie
 * in ranges Atto does not use (categories 39001-39999, classes 100-199), so they can never collide
 * with an Atto id. Every category carries its UK Standard Financial Statement group and its
 * {@code affordabilityType}, so the SFS mapping lives in this one place. Immutable and thread-safe.
 */
public final class Taxonomy {

  /** The shipped taxonomy. */
  public static final Taxonomy DEFAULT = load();

  /** First id of the category extension range. */
  public static final int CATEGORY_EXTENSION_FIRST = 39_001;
  /** Last id of the category extension range. */
  public static final int CATEGORY_EXTENSION_LAST = 39_999;
  /** First id of the class extension range. */
  public static final int CLASS_EXTENSION_FIRST = 100;
  /** Last id of the class extension range. */
  public static final int CLASS_EXTENSION_LAST = 199;

  private final List<Category> categories;
  private final List<PaymentClass> classes;
  private final Map<Integer, Category> categoryById = new HashMap<>();
  private final Map<String, Category> categoryByKey = new HashMap<>();
  private final Map<Integer, PaymentClass> classById = new HashMap<>();
  private final Map<String, PaymentClass> classByKey = new HashMap<>();

  private Taxonomy(List<Category> categories, List<PaymentClass> classes) {
    this.categories = Collections.unmodifiableList(categories);
    this.classes = Collections.unmodifiableList(classes);
    for (Category c : categories) {
      if (!c.confirmedByAtto() && (c.id() < CATEGORY_EXTENSION_FIRST || c.id() > CATEGORY_EXTENSION_LAST)) {
        throw new IllegalStateException("extension category " + c.key() + " has id " + c.id() + " outside 39001-39999");
      }
      if (categoryById.put(c.id(), c) != null || categoryByKey.put(c.key(), c) != null) {
        throw new IllegalStateException("duplicate category " + c.id() + " " + c.key());
      }
    }
    for (PaymentClass c : classes) {
      if (!c.confirmedByAtto() && (c.id() < CLASS_EXTENSION_FIRST || c.id() > CLASS_EXTENSION_LAST)) {
        throw new IllegalStateException("extension class " + c.key() + " has id " + c.id() + " outside 100-199");
      }
      if (classById.put(c.id(), c) != null || classByKey.put(c.key(), c) != null) {
        throw new IllegalStateException("duplicate class " + c.id() + " " + c.key());
      }
    }
  }

  /** @return every category, Atto's first */
  public List<Category> categories() {
    return categories;
  }

  /** @return every class */
  public List<PaymentClass> classes() {
    return classes;
  }

  /**
   * @param id  a category id
   * @return the category
   * @throws IllegalArgumentException for an unknown id
   */
  public Category category(int id) {
    Category c = categoryById.get(id);
    if (c == null) {
      throw new IllegalArgumentException("unknown category id " + id);
    }
    return c;
  }

  /**
   * @param key  a category key such as {@code rent}
   * @return the category
   * @throws IllegalArgumentException for an unknown key
   */
  public Category categoryByKey(String key) {
    Category c = categoryByKey.get(key);
    if (c == null) {
      throw new IllegalArgumentException("unknown category key '" + key + "'");
    }
    return c;
  }

  /**
   * @param id  a class id
   * @return the class
   */
  public PaymentClass paymentClass(int id) {
    PaymentClass c = classById.get(id);
    if (c == null) {
      throw new IllegalArgumentException("unknown class id " + id);
    }
    return c;
  }

  /**
   * @param key  a class key such as {@code pos}
   * @return the class
   */
  public PaymentClass classByKey(String key) {
    PaymentClass c = classByKey.get(key);
    if (c == null) {
      throw new IllegalArgumentException("unknown class key '" + key + "'");
    }
    return c;
  }

  private static Taxonomy load() {
    List<Category> categories = new ArrayList<>();
    List<PaymentClass> classes = new ArrayList<>();
    try (InputStream in = Taxonomy.class.getResourceAsStream("taxonomy.json");
        JsonParser p = new JsonFactory().createParser(in)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_ARRAY || !(field.equals("categories") || field.equals("classes"))) {
          p.skipChildren();
          continue;
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
          Map<String, String> o = new HashMap<>();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String k = p.currentName();
            p.nextToken();
            o.put(k, p.getText());
          }
          boolean confirmed = "confirmed".equals(o.get("atto"));
          if (field.equals("categories")) {
            categories.add(new Category(Integer.parseInt(o.get("id")), o.get("key"), o.get("name"), confirmed,
                o.get("sfsGroup"), o.get("affordabilityType")));
          } else if (field.equals("classes")) {
            classes.add(new PaymentClass(Integer.parseInt(o.get("id")), o.get("key"), o.get("name"), confirmed));
          }
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return new Taxonomy(categories, classes);
  }
}
