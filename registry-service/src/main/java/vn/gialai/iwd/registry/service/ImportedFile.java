package vn.gialai.iwd.registry.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An uploaded spreadsheet as rows of cells, read as a stream so that memory does not grow with the
 * file. The REST layer implements it for CSV and XLSX; a file that turns out to be unreadable while
 * it is streamed throws a {@link ProblemException} of kind INVALID.
 */
public interface ImportedFile extends AutoCloseable {

    /** A cell: text as typed, or the number a spreadsheet stored (dates are day serials); blank when neither. */
    record Cell(String text, BigDecimal number) {

        public static final Cell BLANK = new Cell(null, null);

        public static Cell ofText(String text) {
            return text == null || text.isBlank() ? BLANK : new Cell(text, null);
        }

        public boolean isBlank() {
            return text == null && number == null;
        }

        /** What the clerk sees: the text, or the number written plainly. */
        public String shown() {
            return number != null ? number.stripTrailingZeros().toPlainString() : text == null ? "" : text;
        }
    }

    /** A row with its spreadsheet number (the first row is 1). */
    record Row(int number, List<Cell> cells) {

        public Cell cell(int position) {
            return position < cells.size() ? cells.get(position) : Cell.BLANK;
        }

        public boolean isBlank() {
            return cells.stream().allMatch(Cell::isBlank);
        }
    }

    /** The records sheet (the only one of a CSV), title row included. */
    Stream<Row> records();

    /** The contributions sheet ("Đóng góp"), when the file has one. */
    Optional<Stream<Row>> contributions();

    /** Whether day serials count from 1904 (old Mac workbooks) rather than from 1900. */
    boolean date1904();

    @Override
    void close();
}
