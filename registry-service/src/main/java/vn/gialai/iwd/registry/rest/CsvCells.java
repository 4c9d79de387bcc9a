package vn.gialai.iwd.registry.rest;

import java.util.regex.Pattern;

/**
 * CSV cells that a spreadsheet would run as a formula (a value starting with =, +, -, @, a tab or a
 * carriage return, e.g. a name uploaded as {@code =HYPERLINK(...)}) are written with a leading
 * apostrophe, which spreadsheets show as text; reading a CSV back removes exactly that apostrophe, so an
 * error file downloaded, corrected and uploaded again keeps its values. Plain numbers such as -5 stay.
 */
final class CsvCells {

    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\\t\\r]");
    private static final Pattern NEUTRALISED = Pattern.compile("^'[=+\\-@\\t\\r]");
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+([.,]\\d+)?$");

    private CsvCells() {
    }

    static String neutralised(String value) {
        if (value == null || !FORMULA_START.matcher(value).find() || NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }

    static String restored(String value) {
        return value != null && NEUTRALISED.matcher(value).find() ? value.substring(1) : value;
    }
}
