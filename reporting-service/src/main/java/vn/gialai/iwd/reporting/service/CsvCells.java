package vn.gialai.iwd.reporting.service;

import java.util.regex.Pattern;

/**
 * CSV cells that a spreadsheet would run as a formula (a value starting with =, +, -, @, a tab or a
 * carriage return, e.g. a unit's name entered as {@code =HYPERLINK(...)}) are written with a leading
 * apostrophe, which spreadsheets show as text. Plain numbers such as -5 stay as they are.
 */
final class CsvCells {

    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\\t\\r]");
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+([.,]\\d+)?$");

    private CsvCells() {
    }

    static String neutralised(String value) {
        if (value == null || !FORMULA_START.matcher(value).find() || NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }
}
