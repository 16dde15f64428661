package org.insights.core.impl;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.insights.core.AccountInfo;
import org.insights.core.BadInputException;
import org.insights.core.Money;
import org.insights.core.RecordedEnrichment;
import org.insights.core.TransactionBatch;
import org.insights.core.json.AttoInput;
import org.insights.core.json.InputFormat;
import org.insights.core.json.RequestOptions;

/**
 * One parse of one input: a streaming pass over Jackson tokens that fills {@link RowBuffer}s.
 * <p>
 * Root values may be one document, an array of documents, or several documents one after the
 * other (JSON Lines, concatenated pages). Not thread-safe: {@code AttoJsonReader} makes one per
 * call.
 */
public final class AttoParser {

  private final JsonParser p;
  private final List<TransactionBatch> accounts = new ArrayList<>();
  private final Map<String, PendingPages> pages = new LinkedHashMap<>();
  private InputFormat format;
  private LocalDate requestDate;
  private RequestOptions options = RequestOptions.NONE;
  private final int rowsHint;
  private boolean hintUsed;
  private long decUnscaled;
  private int decScale;

  /** The v2 pages of one account, merged as they arrive. */
  private static final class PendingPages {
    final RowBuffer rows = new RowBuffer(16);
    String currency;
    String country;
  }

  /** Header fields of a document or account, read in any order. */
  private static final class Header {
    String accountId;
    String referenceId;
    String currencyCode;
    String countryCode;
    String accountType;
    String accountSubType;
    String requestDateTime;
    Boolean includeFlags;
    Boolean excludeBenefits;
    Boolean includeFlexibleCosts;
    long[] current;
    long[] available;
    long line;
    long column;
  }

  /**
   * @param parser  a parser positioned before the first token
   */
  public AttoParser(JsonParser parser) {
    this(parser, 16);
  }

  /**
   * @param parser  a parser positioned before the first token
   * @param rowsHint  the number of transactions the first account is expected to hold
   */
  public AttoParser(JsonParser parser, int rowsHint) {
    this.p = parser;
    this.rowsHint = Math.min(Math.max(rowsHint, 16), 1 << 20);
  }

  /**
   * Parses the whole input.
   *
   * @return the accounts and request fields
   * @throws BadInputException on any bad input
   */
  public AttoInput parse() {
    try {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw BadInputException.of("json", "expected a JSON document but the input is empty");
      }
      while (t != null) {
        if (t == JsonToken.START_OBJECT) {
          document();
        } else if (t == JsonToken.START_ARRAY) {
          while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
              throw fail("json", "expected a JSON object in the root array but found " + describe(t));
            }
            document();
          }
        } else {
          throw fail("json", "expected a JSON object or array but found " + describe(t));
        }
        t = p.nextToken();
      }
      if (format == null) {
        // Found by fuzzing: an empty root array holds no document at all.
        throw BadInputException.of("json", "expected at least one document but the input holds none");
      }
      for (Map.Entry<String, PendingPages> e : pages.entrySet()) {
        PendingPages pp = e.getValue();
        String currency = pp.currency != null ? pp.currency : defaultCurrency(pp.country, pp.rows);
        AccountInfo account = AccountInfo.of(e.getKey(), currency, pp.country);
        accounts.add(pp.rows.finish(account));
      }
      return new AttoInput(format, requestDate, accounts, options);
    } catch (BadInputException ex) {
      if (ex.line() < 0) {
        // Raised by a value check below the parser: locate it at the token being read.
        JsonLocation loc = p.currentTokenLocation();
        throw ex.at(line(loc), column(loc));
      }
      throw ex;
    } catch (StreamConstraintsException ex) {
      JsonLocation loc = ex.getLocation();
      throw BadInputException.of("json", "input exceeds a reading limit: " + sanitize(ex.getOriginalMessage()))
          .at(line(loc), column(loc));
    } catch (JsonProcessingException ex) {
      JsonLocation loc = ex.getLocation();
      throw BadInputException.of("json", "malformed JSON: " + sanitize(ex.getOriginalMessage()))
          .at(line(loc), column(loc));
    } catch (IOException ex) {
      throw BadInputException.of("json", "could not read input: " + ex.getClass().getSimpleName());
    }
  }

  // Jackson quotes offending tokens, which may be fragments of a description: drop quoted text.
  private static String sanitize(String message) {
    if (message == null) {
      return "unknown error";
    }
    String m = message.replaceAll(" \\(start marker at \\[Source:[^)]*\\)", "")
        .replaceAll("'[^']*'", "'...'").replaceAll("\"[^\"]*\"", "\"...\"");
    int nl = m.indexOf('\n');
    return nl >= 0 ? m.substring(0, nl) : m;
  }

  private void document() throws IOException {
    Header h = new Header();
    h.line = p.currentTokenLocation().getLineNr();
    h.column = p.currentTokenLocation().getColumnNr();
    List<Account> v1Accounts = null;
    RowBuffer byodRows = null;
    RowBuffer pageRows = null;
    Header meta = null;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      t = p.nextToken();
      switch (name) {
        case "accounts":
          v1Accounts = new ArrayList<>();
          if (t == JsonToken.START_ARRAY) {
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
              expectObject(t, "accounts[]");
              v1Accounts.add(account());
            }
          } else if (t != JsonToken.VALUE_NULL) {
            throw fail("accounts", "expected an array of accounts but found " + describe(t));
          }
          break;
        case "transactions":
          byodRows = newRowBuffer();
          transactions(t, byodRows, "transactions");
          break;
        case "data":
          pageRows = newRowBuffer();
          transactions(t, pageRows, "data");
          break;
        case "meta":
          if (t == JsonToken.START_OBJECT) {
            meta = new Header();
            header(meta);
          } else {
            p.skipChildren();
          }
          break;
        default:
          if (!headerField(h, name, t)) {
            p.skipChildren();
          }
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw fail("json", "expected a field name but found " + describe(t));
    }
    int kinds = (v1Accounts != null ? 1 : 0) + (byodRows != null ? 1 : 0) + (pageRows != null ? 1 : 0);
    if (kinds != 1) {
      throw BadInputException.of("json", kinds == 0
          ? "expected a document with one of 'accounts' (Data API), 'data' (v2 page) or 'transactions' (BYOD)"
          : "expected only one of 'accounts', 'data' or 'transactions' in one document").at(h.line, h.column);
    }
    if (h.requestDateTime != null && requestDate == null) {
      requestDate = parseDate(h.requestDateTime, "requestDateTime", BadInputException.NO_ROW, null);
    }
    if (meta != null && meta.requestDateTime != null && requestDate == null) {
      requestDate = parseDate(meta.requestDateTime, "meta.requestDateTime", BadInputException.NO_ROW, null);
    }
    if (v1Accounts != null) {
      setFormat(InputFormat.DATA_API_ACCOUNTS);
      for (Account a : v1Accounts) {
        Header ah = a.header();
        RowBuffer rows = a.rows();
        if (ah.accountId == null) {
          throw BadInputException.of("accounts[].accountId", "expected an accountId but found none")
              .at(ah.line, ah.column);
        }
        if (ah.currencyCode == null) {
          // The account id is not quoted: account numbers are personal data.
          throw BadInputException.of("accounts[].currencyCode", "expected a currencyCode for the account but found"
              + " none").at(ah.line, ah.column);
        }
        String country = ah.countryCode != null ? ah.countryCode : h.countryCode;
        accounts.add(rows.finish(accountInfo(ah, ah.accountId, ah.currencyCode, country)));
      }
    } else if (byodRows != null) {
      setFormat(InputFormat.BYOD_REQUEST);
      if (byodRows.size() == 0) {
        throw BadInputException.of("transactions", "expected at least one transaction in the request but found none")
            .at(h.line, h.column);
      }
      options = new RequestOptions(h.includeFlags, h.excludeBenefits, h.includeFlexibleCosts);
      String id = h.accountId != null ? h.accountId : h.referenceId != null ? h.referenceId : "unknown";
      String currency = h.currencyCode != null ? h.currencyCode : defaultCurrency(h.countryCode, byodRows);
      accounts.add(byodRows.finish(accountInfo(h, id, currency, h.countryCode)));
    } else {
      setFormat(InputFormat.DATA_API_TRANSACTION_PAGES);
      String id = meta != null && meta.accountId != null ? meta.accountId
          : h.accountId != null ? h.accountId : "unknown";
      PendingPages pp = pages.computeIfAbsent(id, k -> new PendingPages());
      String currency = meta != null && meta.currencyCode != null ? meta.currencyCode : h.currencyCode;
      String country = meta != null && meta.countryCode != null ? meta.countryCode : h.countryCode;
      pp.currency = pp.currency != null ? pp.currency : currency;
      pp.country = pp.country != null ? pp.country : country;
      append(pp.rows, pageRows);
    }
  }

  private void setFormat(InputFormat f) {
    if (format == null) {
      format = f;
    }
  }

  private static String defaultCurrency(String country, RowBuffer rows) {
    if (rows.currencies != null) {
      for (int i = 0; i < rows.size; i++) {
        if (rows.currencies[i] != null) {
          return rows.currencies[i];
        }
      }
    }
    if (country != null) {
      switch (country.toUpperCase(Locale.ROOT)) {
        case "GB":
        case "UK":
          return "GBP";
        case "US":
          return "USD";
        default:
          break;
      }
    }
    throw BadInputException.of("currencyCode",
        "expected a currencyCode (or a GB/US countryCode to imply it) but found neither");
  }

  private static AccountInfo accountInfo(Header h, String id, String currency, String country) {
    int digits = Money.minorUnitDigits(currency);
    OptionalLong current = h.current == null ? OptionalLong.empty()
        : RowBuffer.balance(h.current[0], (int) h.current[1], h.current[2] != 0, digits, currency, "current");
    OptionalLong available = h.available == null ? OptionalLong.empty()
        : RowBuffer.balance(h.available[0], (int) h.available[1], h.available[2] != 0, digits, currency,
            "available");
    return new AccountInfo(id, currency, digits, country, h.accountType, h.accountSubType, current, available);
  }

  /** Appends a page's rows to an account's rows (duplicate ids are caught when built). */
  private static void append(RowBuffer into, RowBuffer from) {
    for (int i = 0; i < from.size; i++) {
      int r = into.newRow();
      into.ids[r] = from.ids[i];
      into.unscaled[r] = from.unscaled[i];
      into.scales[r] = from.scales[i];
      into.credit[r] = from.credit[i];
      into.days[r] = from.days[i];
      into.booked[r] = from.booked[i];
      into.descriptions[r] = from.descriptions[i];
      into.lines[r] = from.lines[i];
      into.columns[r] = from.columns[i];
      if (from.currencies != null && from.currencies[i] != null) {
        into.setCurrency(r, from.currencies[i]);
      }
      if (from.codes != null && (from.codes[i] != null || from.subCodes[i] != null)) {
        into.setCode(r, from.codes[i], from.subCodes[i]);
      }
      if (from.proprietaryCodes != null && from.proprietaryCodes[i] != null) {
        into.setProprietaryCode(r, from.proprietaryCodes[i]);
      }
      if (from.merchantNames != null && (from.merchantNames[i] != null || from.mccs[i] != TransactionBatch.NONE)) {
        into.setMerchant(r, from.merchantNames[i], from.mccs[i]);
      }
      if (from.enrichments != null && from.enrichments[i] != null) {
        into.setEnrichment(r, from.enrichments[i]);
      }
    }
  }

  /** One element of a Data API {@code accounts} array: its header fields and its rows. */
  private record Account(Header header, RowBuffer rows) {}

  private Account account() throws IOException {
    Header h = new Header();
    h.line = p.currentTokenLocation().getLineNr();
    h.column = p.currentTokenLocation().getColumnNr();
    RowBuffer rows = newRowBuffer();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      t = p.nextToken();
      if (name.equals("transactions")) {
        transactions(t, rows, "transactions");
      } else if (!headerField(h, name, t)) {
        p.skipChildren();
      }
    }
    return new Account(h, rows);
  }

  private void header(Header h) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      t = p.nextToken();
      if (!headerField(h, name, t)) {
        p.skipChildren();
      }
    }
  }

  /** Reads a known header field; returns false (without consuming) for unknown ones. */
  private boolean headerField(Header h, String name, JsonToken t) throws IOException {
    switch (name) {
      case "accountId":
        h.accountId = text(t, name);
        return true;
      case "referenceId":
        h.referenceId = text(t, name);
        return true;
      case "currencyCode":
        h.currencyCode = text(t, name);
        return true;
      case "countryCode":
        h.countryCode = text(t, name);
        return true;
      case "accountType":
        h.accountType = text(t, name);
        return true;
      case "accountSubType":
        h.accountSubType = text(t, name);
        return true;
      case "requestDateTime":
        h.requestDateTime = text(t, name);
        return true;
      case "includeFlags":
        h.includeFlags = bool(t, name);
        return true;
      case "excludeBenefits":
        h.excludeBenefits = bool(t, name);
        return true;
      case "includeFlexibleCosts":
        h.includeFlexibleCosts = bool(t, name);
        return true;
      case "balances":
        balances(h, t);
        return true;
      default:
        return false;
    }
  }

  private void balances(Header h, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return;
    }
    if (t != JsonToken.START_OBJECT) {
      throw fail("balances", "expected an object with 'current' and 'available' but found " + describe(t));
    }
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String which = p.currentName();
      t = p.nextToken();
      if ((which.equals("current") || which.equals("available")) && t == JsonToken.START_OBJECT) {
        long[] value = balance(which);
        if (which.equals("current")) {
          h.current = value;
        } else {
          h.available = value;
        }
      } else {
        p.skipChildren();
      }
    }
  }

  /** Returns {unscaled, scale, debit?1:0}, or null when the amount is null. */
  private long[] balance(String which) throws IOException {
    long[] amount = null;
    boolean debit = false;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      t = p.nextToken();
      if (name.equals("amount")) {
        if (t != JsonToken.VALUE_NULL) {
          amount = decimal(t, "balances." + which + ".amount", BadInputException.NO_ROW, null, true);
        }
      } else if (name.equals("creditDebitIndicator")) {
        String s = text(t, "balances." + which + ".creditDebitIndicator");
        if (s != null) {
          debit = indicator(s, "balances." + which + ".creditDebitIndicator", BadInputException.NO_ROW, null) < 0;
        }
      } else {
        p.skipChildren();
      }
    }
    return amount == null ? null : new long[] {amount[0], amount[1], debit ? 1 : 0};
  }

  private void transactions(JsonToken t, RowBuffer rows, String field) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return;
    }
    if (t != JsonToken.START_ARRAY) {
      throw fail(field, "expected an array of transactions but found " + describe(t));
    }
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        throw fail(field, "expected a transaction object but found " + describe(t));
      }
      transaction(rows);
    }
  }

  private void transaction(RowBuffer rows) throws IOException {
    int row = rows.newRow();
    if (p instanceof ParserBase) {
      // Avoids a JsonLocation object per transaction.
      rows.lines[row] = ((ParserBase) p).getTokenLineNr();
      rows.columns[row] = ((ParserBase) p).getTokenColumnNr();
    } else {
      JsonLocation loc = p.currentTokenLocation();
      rows.lines[row] = loc.getLineNr();
      rows.columns[row] = loc.getColumnNr();
    }
    String id = null;
    boolean hasAmount = false;
    long unscaled = 0;
    int scale = 0;
    int sign = 0;
    int day = Integer.MIN_VALUE;
    boolean booked = true;
    String description = null;
    String currency = null;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      t = p.nextToken();
      switch (name) {
        case "transactionId":
          if (t == JsonToken.VALUE_NUMBER_INT) {
            id = p.getText();
          } else {
            id = text(t, name, row, null);
          }
          break;
        case "description":
          if (t == JsonToken.VALUE_STRING) {
            description = p.getText();
          } else if (t != JsonToken.VALUE_NULL) {
            throw fail(name, row, id, "expected a string but found " + describe(t));
          }
          break;
        case "amount":
          if (t == JsonToken.START_OBJECT) {
            // Open Banking style {amount, currency}.
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
              String sub = p.currentName();
              t = p.nextToken();
              if (sub.equals("amount")) {
                parseDecimal(t, "amount.amount", row, id, false);
                hasAmount = true;
                unscaled = decUnscaled;
                scale = decScale;
              } else if (sub.equals("currency") || sub.equals("currencyCode")) {
                currency = text(t, "amount.currency", row, id);
              } else {
                p.skipChildren();
              }
            }
          } else {
            parseDecimal(t, name, row, id, false);
            hasAmount = true;
            unscaled = decUnscaled;
            scale = decScale;
          }
          break;
        case "creditDebitIndicator":
          if (t == JsonToken.VALUE_STRING && textIs("Credit")) {
            sign = 1;
          } else if (t == JsonToken.VALUE_STRING && textIs("Debit")) {
            sign = -1;
          } else {
            String ind = text(t, name, row, id);
            if (ind != null) {
              sign = indicator(ind, name, row, id);
            }
          }
          break;
        case "status":
          if (t == JsonToken.VALUE_STRING && textIs("Booked")) {
            booked = true;
          } else if (t == JsonToken.VALUE_STRING && textIs("Pending")) {
            booked = false;
          } else {
            String st = text(t, name, row, id);
            if (st != null) {
              booked = status(st, row, id);
            }
          }
          break;
        case "bookingDate":
          if (t == JsonToken.VALUE_STRING) {
            day = Dates.epochDay(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
          }
          if (day == Dates.INVALID) {
            String text = text(t, name, row, id);
            if (text != null) {
              day = (int) parseDate(text, name, row, id).toEpochDay();
            }
          }
          break;
        case "currencyCode":
        case "currency":
          currency = text(t, name, row, id);
          break;
        case "transactionCode":
          transactionCode(t, rows, row, id);
          break;
        case "proprietaryTransactionCode":
          proprietaryCode(t, rows, row, id);
          break;
        case "merchantDetails":
          merchantDetails(t, rows, row, id);
          break;
        case "enrichedData":
          enrichedData(t, rows, row, id);
          break;
        default:
          p.skipChildren();
      }
    }
    if (id == null) {
      throw missing("transactionId", row, null, rows);
    }
    if (!hasAmount) {
      throw missing("amount", row, id, rows);
    }
    if (sign == 0) {
      throw missing("creditDebitIndicator", row, id, rows);
    }
    if (day == Integer.MIN_VALUE) {
      throw missing("bookingDate", row, id, rows);
    }
    rows.ids[row] = id;
    rows.unscaled[row] = unscaled;
    rows.scales[row] = (byte) scale;
    rows.credit[row] = sign > 0;
    rows.days[row] = day;
    rows.booked[row] = booked;
    rows.descriptions[row] = description;
    if (currency != null) {
      rows.setCurrency(row, currency);
    }
  }

  private static BadInputException missing(String field, int row, String id, RowBuffer rows) {
    return BadInputException.of(field, row, id, "required field '" + field + "' is missing or null")
        .at(rows.lines[row], rows.columns[row]);
  }

  /** The first account gets the size hint; later ones start small and grow. */
  private RowBuffer newRowBuffer() {
    int n = hintUsed ? 16 : rowsHint;
    hintUsed = true;
    return new RowBuffer(n);
  }

  private void transactionCode(JsonToken t, RowBuffer rows, int row, String id) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return;
    }
    if (t == JsonToken.VALUE_STRING) {
      rows.setCode(row, p.getText(), null);
      return;
    }
    if (t != JsonToken.START_OBJECT) {
      throw fail("transactionCode", row, id, "expected an object {code, subCode} but found " + describe(t));
    }
    String code = null;
    String sub = null;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      t = p.nextToken();
      if (name.equals("code")) {
        code = text(t, "transactionCode.code", row, id);
      } else if (name.equals("subCode")) {
        sub = text(t, "transactionCode.subCode", row, id);
      } else {
        p.skipChildren();
      }
    }
    if (code != null || sub != null) {
      rows.setCode(row, code, sub);
    }
  }

  private void proprietaryCode(JsonToken t, RowBuffer rows, int row, String id) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return;
    }
    if (t == JsonToken.VALUE_STRING) {
      rows.setProprietaryCode(row, p.getText());
      return;
    }
    if (t != JsonToken.START_OBJECT) {
      throw fail("proprietaryTransactionCode", row, id, "expected a string or an object but found " + describe(t));
    }
    String code = null;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      t = p.nextToken();
      if (name.equals("code")) {
        code = text(t, "proprietaryTransactionCode.code", row, id);
      } else {
        p.skipChildren();
      }
    }
    if (code != null) {
      rows.setProprietaryCode(row, code);
    }
  }

  private void merchantDetails(JsonToken t, RowBuffer rows, int row, String id) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return;
    }
    if (t != JsonToken.START_OBJECT) {
      throw fail("merchantDetails", row, id, "expected an object but found " + describe(t));
    }
    String name = null;
    int mcc = TransactionBatch.NONE;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      t = p.nextToken();
      if (field.equals("merchantName")) {
        name = text(t, "merchantDetails.merchantName", row, id);
      } else if (field.equals("merchantCategoryCode")) {
        mcc = mcc(t, row, id);
      } else {
        p.skipChildren();
      }
    }
    if (name != null || mcc != TransactionBatch.NONE) {
      rows.setMerchant(row, name, mcc);
    }
  }

  private int mcc(JsonToken t, int row, String id) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return TransactionBatch.NONE;
    }
    String s;
    if (t == JsonToken.VALUE_NUMBER_INT) {
      s = p.getText();
    } else if (t == JsonToken.VALUE_STRING) {
      s = p.getText().trim();
      if (s.isEmpty()) {
        return TransactionBatch.NONE;
      }
    } else {
      throw fail("merchantDetails.merchantCategoryCode", row, id, "expected a 4-digit code but found " + describe(t));
    }
    if (s.length() > 4 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw fail("merchantDetails.merchantCategoryCode", row, id,
          "expected a 4-digit merchant category code but found '" + RowBuffer.clip(s) + "'");
    }
    return Integer.parseInt(s);
  }

  private void enrichedData(JsonToken t, RowBuffer rows, int row, String id) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return;
    }
    if (t != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    Label category = null;
    Label klass = null;
    String merchant = null;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      t = p.nextToken();
      if (name.equals("category") && t == JsonToken.START_OBJECT) {
        category = labelled(row, id);
      } else if (name.equals("class") && t == JsonToken.START_OBJECT) {
        klass = labelled(row, id);
      } else if (name.equals("predictedMerchantName")) {
        merchant = text(t, "enrichedData.predictedMerchantName", row, id);
      } else {
        p.skipChildren();
      }
    }
    rows.setEnrichment(row, new RowBuffer.Enrichment(
        category == null ? RecordedEnrichment.ABSENT : category.id(),
        category == null ? null : category.name(),
        category == null ? Double.NaN : category.confidence(),
        klass == null ? RecordedEnrichment.ABSENT : klass.id(),
        klass == null ? null : klass.name(),
        klass == null ? Double.NaN : klass.confidence(),
        merchant));
  }

  /** A recorded {@code category} or {@code class}: id, name and confidence, each possibly absent. */
  private record Label(int id, String name, double confidence) {}

  private Label labelled(int row, String id) throws IOException {
    int labelId = RecordedEnrichment.ABSENT;
    String name = null;
    double confidence = Double.NaN;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      t = p.nextToken();
      if (field.equals("id") && t == JsonToken.VALUE_NUMBER_INT) {
        labelId = p.getIntValue();
      } else if (field.equals("name")) {
        name = text(t, "enrichedData.name", row, id);
      } else if (field.equals("confidence") && t.isNumeric()) {
        confidence = p.getDoubleValue();
      } else {
        p.skipChildren();
      }
    }
    return new Label(labelId, name, confidence);
  }

  /** Compares the current string token with a constant, ignoring case, without allocating. */
  private boolean textIs(String constant) throws IOException {
    int len = p.getTextLength();
    if (len != constant.length()) {
      return false;
    }
    char[] buf = p.getTextCharacters();
    int off = p.getTextOffset();
    for (int i = 0; i < len; i++) {
      char a = buf[off + i];
      char b = constant.charAt(i);
      if (a != b && Character.toLowerCase(a) != Character.toLowerCase(b)) {
        return false;
      }
    }
    return true;
  }

  private static int indicator(String s, String field, int row, String id) {
    if (s.equalsIgnoreCase("Credit")) {
      return 1;
    }
    if (s.equalsIgnoreCase("Debit")) {
      return -1;
    }
    throw BadInputException.of(field, row, id, "expected 'Credit' or 'Debit' but found '" + RowBuffer.clip(s) + "'");
  }

  private boolean status(String s, int row, String id) {
    if (s.equalsIgnoreCase("Booked")) {
      return true;
    }
    if (s.equalsIgnoreCase("Pending")) {
      return false;
    }
    throw fail("status", row, id, "expected 'Booked' or 'Pending' but found '" + RowBuffer.clip(s) + "'");
  }

  /**
   * Parses a non-negative decimal (a JSON number or a numeric string) into {unscaled, scale}
   * without allocating for the common plain form.
   */
  private long[] decimal(JsonToken t, String field, int row, String id, boolean allowNegative) throws IOException {
    parseDecimal(t, field, row, id, allowNegative);
    return new long[] {decUnscaled, decScale};
  }

  /** Parses into {@link #decUnscaled} and {@link #decScale}; allocation-free for plain numbers. */
  private void parseDecimal(JsonToken t, String field, int row, String id, boolean allowNegative)
      throws IOException {
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_STRING) {
      throw fail(field, row, id, "expected a non-negative number but found " + describe(t));
    }
    char[] buf = p.getTextCharacters();
    int off = p.getTextOffset();
    int len = p.getTextLength();
    long unscaled = 0;
    int scale = -1;
    int digits = 0;
    boolean negative = false;
    int i = off;
    int end = off + len;
    if (t == JsonToken.VALUE_STRING) {
      while (i < end && buf[i] == ' ') {
        i++;
      }
      while (end > i && buf[end - 1] == ' ') {
        end--;
      }
    }
    if (i < end && (buf[i] == '-' || buf[i] == '+')) {
      negative = buf[i] == '-';
      i++;
    }
    boolean plain = i < end;
    for (; i < end; i++) {
      char c = buf[i];
      if (c >= '0' && c <= '9') {
        if (digits > 0 || c != '0') {
          digits++;
        }
        if (digits > 18) {
          throw fail(field, row, id, "expected at most 18 significant digits but found more");
        }
        unscaled = unscaled * 10 + (c - '0');
        if (scale >= 0) {
          scale++;
        }
      } else if (c == '.' && scale < 0) {
        scale = 0;
      } else {
        plain = false;
        break;
      }
    }
    if (!plain) {
      // Exponent forms and anything unusual go through BigDecimal, which also rejects garbage.
      BigDecimal d;
      try {
        d = new BigDecimal(new String(buf, off, len).trim()).stripTrailingZeros();
      } catch (NumberFormatException ex) {
        throw fail(field, row, id, t == JsonToken.VALUE_STRING
            ? "expected a non-negative number but found a non-numeric string"
            : "expected a non-negative number");
      }
      // Found by fuzzing: "1e2222222222" would expand to billions of digits; check the size first.
      if (d.precision() - (long) d.scale() > 18 || d.scale() > 18) {
        throw fail(field, row, id, "expected at most 18 significant digits but found more");
      }
      if (d.scale() < 0) {
        d = d.setScale(0);
      }
      if (d.precision() > 18 || d.scale() > 18) {
        throw fail(field, row, id, "expected at most 18 significant digits but found more");
      }
      negative = d.signum() < 0;
      unscaled = d.unscaledValue().abs().longValueExact();
      scale = d.scale();
    }
    if (scale < 0) {
      scale = 0;
    }
    // Drop trailing zeros so "800.000" fits a 2-digit currency.
    while (scale > 0 && unscaled % 10 == 0) {
      unscaled /= 10;
      scale--;
    }
    if (negative && unscaled != 0) {
      if (!allowNegative) {
        throw fail(field, row, id, "expected a non-negative amount (the sign comes from creditDebitIndicator) "
            + "but found a negative number");
      }
      unscaled = -unscaled;
    }
    decUnscaled = unscaled;
    decScale = scale;
  }

  /**
   * Parses {@code 2023-01-05} or an ISO date-time ({@code 2022-01-23T00:00:00Z}, with or without
   * fraction, with an offset) into its UTC date.
   */
  static LocalDate parseDate(String s, String field, int row, String id) {
    int n = s.length();
    if (n >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int y = digits(s, 0, 4);
      int m = digits(s, 5, 7);
      int d = digits(s, 8, 10);
      boolean dateOnly = n == 10;
      boolean utc = n > 10 && s.charAt(10) == 'T' && (s.charAt(n - 1) == 'Z' || s.charAt(n - 1) == 'z');
      boolean local = n > 10 && s.charAt(10) == 'T' && s.indexOf('+', 10) < 0 && s.indexOf('-', 10) < 0 && !utc;
      if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && (dateOnly || utc || local)) {
        try {
          LocalDate date = LocalDate.of(y, m, d);
          if (dateOnly || validTime(s)) {
            return date;
          }
        } catch (java.time.DateTimeException ex) {
          // fall through to the error
        }
      } else if (y >= 0 && n > 10 && s.charAt(10) == 'T') {
        try {
          return OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException ex) {
          // fall through to the error
        }
      }
    }
    throw BadInputException.of(field, row, id,
        "expected a date as yyyy-MM-dd or an ISO date-time but found '" + RowBuffer.clip(s) + "'");
  }

  private static boolean validTime(String s) {
    String time = s.substring(11);
    if (time.endsWith("Z") || time.endsWith("z")) {
      time = time.substring(0, time.length() - 1);
    }
    try {
      java.time.LocalTime.parse(time);
      return true;
    } catch (DateTimeParseException ex) {
      return false;
    }
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private String text(JsonToken t, String field) throws IOException {
    return text(t, field, BadInputException.NO_ROW, null);
  }

  private String text(JsonToken t, String field, int row, String id) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_STRING) {
      throw fail(field, row, id, "expected a string but found " + describe(t));
    }
    return p.getText();
  }

  private Boolean bool(JsonToken t, String field) {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    throw fail(field, "expected true or false but found " + describe(t));
  }

  private void expectObject(JsonToken t, String field) {
    if (t != JsonToken.START_OBJECT) {
      throw fail(field, "expected an object but found " + describe(t));
    }
  }

  private BadInputException fail(String field, String problem) {
    return fail(field, BadInputException.NO_ROW, null, problem);
  }

  private BadInputException fail(String field, int row, String id, String problem) {
    JsonLocation loc = p.currentTokenLocation();
    return BadInputException.of(field, row, id, problem).at(line(loc), column(loc));
  }

  private static long line(JsonLocation loc) {
    return loc == null ? -1 : loc.getLineNr();
  }

  private static long column(JsonLocation loc) {
    return loc == null ? -1 : loc.getColumnNr();
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "end of input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.name();
    }
  }
}
