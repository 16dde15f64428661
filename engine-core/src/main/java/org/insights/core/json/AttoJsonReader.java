package org.insights.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.insights.core.BadInputException;
import org.insights.core.impl.AttoParser;

/**
 * Reads Atto's wire formats (SPEC section 2) into {@link AttoInput}s with Jackson's streaming API.
 * <p>
 * Recognised per JSON document, by its array field: {@code accounts} (Data API accounts, several
 * per document), {@code data} (a Data API v2 transaction page; pages of one account, keyed by
 * {@code meta.accountId}, are concatenated) and {@code transactions} (a BYOD request body). An
 * input may hold one document, an array of documents, or documents one after another (JSON
 * Lines). Unknown fields are ignored.
 * <p>
 * Choices the spec leaves open, applied here:
 * <ul>
 *   <li>{@code status} may be absent and then means {@code Booked}; a null {@code description} is
 *       read as empty; {@code Credit}, {@code Debit}, {@code Booked} and {@code Pending} are
 *       matched ignoring case;
 *   <li>{@code amount} may be a JSON number, a numeric string, or an object
 *       {@code {amount, currency}}; it must be non-negative and have no more decimal places than
 *       the currency's minor unit (trailing zeros aside), since money is held exactly;
 *   <li>a BYOD body without {@code currencyCode} takes the transactions' currency, else GBP for
 *       {@code countryCode} GB and USD for US; a v2 page takes {@code meta.currencyCode} likewise;
 *   <li>a BYOD body must hold at least one transaction; a Data API account may hold none;
 *   <li>a booking date-time with an offset is converted to its UTC date.
 * </ul>
 * Any problem raises {@link BadInputException} naming field, row, transactionId, line and column.
 * <p>
 * Reading limits (Jackson {@link StreamReadConstraints}): nesting depth 64, numbers of at most 64
 * characters, strings of at most 1,000,000 characters, inputs of at most 4 GiB; exceeding one is
 * a {@link BadInputException} on field {@code json} that says which limit. Instances are
 * immutable and thread-safe.
 */
public final class AttoJsonReader {

  /** The reader with the default limits. */
  public static final AttoJsonReader DEFAULT = new AttoJsonReader();

  /** Maximum nesting depth of a document. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** Maximum characters of one JSON number. */
  public static final int MAX_NUMBER_LENGTH = 64;
  /** Maximum characters of one JSON string. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** Maximum size of one input, in bytes (4 GiB; a 1,000,000-transaction account is about 300 MB). */
  public static final long MAX_DOCUMENT_LENGTH = 4L << 30;

  private final JsonFactory factory;

  private AttoJsonReader() {
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .build())
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
  }

  /**
   * Reads an input held in memory.
   *
   * @param json  UTF-8 JSON bytes
   * @return the accounts
   * @throws BadInputException on bad input
   */
  public AttoInput read(byte[] json) {
    try (JsonParser p = factory.createParser(json)) {
      // About 200 bytes of JSON per transaction: size the first account's buffers once.
      return new AttoParser(p, json.length / 200).parse();
    } catch (IOException ex) {
      throw BadInputException.of("json", "could not read input: " + ex.getClass().getSimpleName());
    }
  }

  /**
   * Reads an input stream to its end; the stream is not closed.
   *
   * @param in  UTF-8 JSON
   * @return the accounts
   * @throws BadInputException on bad input
   */
  public AttoInput read(InputStream in) {
    try (JsonParser p = factory.createParser(in)) {
      return new AttoParser(p).parse();
    } catch (IOException ex) {
      throw BadInputException.of("json", "could not read input: " + ex.getClass().getSimpleName());
    }
  }

  /**
   * Reads a file; errors name the file.
   *
   * @param file  a JSON file
   * @return the accounts
   * @throws BadInputException on bad input, or when the file cannot be read
   */
  public AttoInput read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (BadInputException ex) {
      throw ex.withSource(file.toString());
    } catch (IOException ex) {
      throw BadInputException.of("file", "could not read file: " + ex.getClass().getSimpleName())
          .withSource(file.toString());
    }
  }
}
