package vn.gialai.iwd.registry.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import vn.gialai.iwd.registry.service.ImportColumns;
import vn.gialai.iwd.registry.service.ImportedFile;
import vn.gialai.iwd.registry.service.ProblemException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Opens an uploaded file as a spreadsheet, whatever its declared type: the bytes decide. XLSX is read
 * with fastexcel's streaming reader (one sheet's XML at a time from the zip, never the whole
 * workbook), CSV with commons-csv in UTF-8 (BOM optional; comma, semicolon or tab, as the title row
 * shows). Anything else — an encrypted or old .xls workbook, a PDF, a zip that is no workbook,
 * text that is not UTF-8, an empty file — is refused as INVALID, before anything is written.
 */
@ApplicationScoped
public class SpreadsheetReader {

    private static final byte[] PDF = "%PDF".getBytes(StandardCharsets.US_ASCII);
    private static final int SNIFFED = 8;
    /** Enough of a CSV's start to hold its title row. */
    private static final int TITLE_ROW_LIMIT = 64 * 1024;
    private static final char BOM = '\uFEFF';
    private static final String NOT_A_SPREADSHEET = "The file is not a spreadsheet: send an .xlsx workbook or a CSV "
            + "file in UTF-8 (Excel: Save As \"CSV UTF-8\").";
    private static final Set<String> NOT_RECORDS = Set.of(ImportColumns.key(ImportColumns.CONTRIBUTIONS_SHEET),
            ImportColumns.key(ImportColumns.INSTRUCTIONS_SHEET), ImportColumns.key(SpreadsheetWriter.LISTS_SHEET));

    public ImportedFile open(Path file) {
        byte[] start = start(file);
        if (start.length == 0) {
            throw ProblemException.invalid("The file is empty.");
        }
        if (ReadableWorkbook.isOLE2Header(start)) {
            throw ProblemException.invalid("The file is a password-protected workbook or in the old .xls format: "
                    + "remove the password and save it as .xlsx (or as CSV UTF-8).");
        }
        if (ReadableWorkbook.isOOXMLZipHeader(start)) {
            return new Xlsx(file);
        }
        if (startsWith(start, PDF) || containsNul(file)) {
            throw ProblemException.invalid(NOT_A_SPREADSHEET);
        }
        return new Csv(file);
    }

    private static byte[] start(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFFED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Text has no NUL byte; binary files nearly always do within their first kilobytes. */
    private static boolean containsNul(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            for (byte b : in.readNBytes(TITLE_ROW_LIMIT)) {
                if (b == 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stream whose reading failures, wherever in the file, refuse the file as INVALID with the problem's detail. */
    private static <T, R> Stream<R> guarded(Iterator<T> source, Function<T, R> convert, Runnable close,
                                            Function<RuntimeException, String> problem) {
        Iterator<R> iterator = new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return source.hasNext();
                } catch (ProblemException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw ProblemException.invalid(problem.apply(e));
                }
            }

            @Override
            public R next() {
                try {
                    return convert.apply(source.next());
                } catch (ProblemException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw ProblemException.invalid(problem.apply(e));
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false)
                .onClose(close);
    }

    /** An .xlsx workbook: the records sheet ("Danh sách", else the first other sheet) and "Đóng góp". */
    private static final class Xlsx implements ImportedFile {

        private static final String BROKEN = "The workbook cannot be read: it is damaged or not an .xlsx file.";

        private final ReadableWorkbook workbook;

        Xlsx(Path file) {
            try {
                workbook = new ReadableWorkbook(file.toFile());
            } catch (IOException | RuntimeException e) {
                throw ProblemException.invalid(BROKEN);
            }
        }

        @Override
        public Stream<Row> records() {
            List<Sheet> sheets = workbook.getSheets().toList();
            Sheet sheet = sheets.stream().filter(s -> named(s, ImportColumns.RECORDS_SHEET)).findFirst()
                    .or(() -> sheets.stream().filter(s -> !NOT_RECORDS.contains(ImportColumns.key(s.getName())))
                            .findFirst())
                    .orElseThrow(() -> ProblemException.invalid("The workbook has no sheet of records."));
            return rows(sheet);
        }

        @Override
        public Optional<Stream<Row>> contributions() {
            return workbook.getSheets().filter(s -> named(s, ImportColumns.CONTRIBUTIONS_SHEET)).findFirst()
                    .map(this::rows);
        }

        @Override
        public boolean date1904() {
            return workbook.isDate1904();
        }

        @Override
        public void close() {
            try {
                workbook.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static boolean named(Sheet sheet, String name) {
            return ImportColumns.key(sheet.getName()).equals(ImportColumns.key(name));
        }

        private Stream<Row> rows(Sheet sheet) {
            Stream<org.dhatim.fastexcel.reader.Row> rows;
            try {
                rows = sheet.openStream();
            } catch (IOException | RuntimeException e) {
                throw ProblemException.invalid(BROKEN);
            }
            return guarded(rows.iterator(), Xlsx::row, rows::close, failure -> BROKEN);
        }

        private static Row row(org.dhatim.fastexcel.reader.Row row) {
            List<Cell> cells = new ArrayList<>(row.getCellCount());
            for (int i = 0; i < row.getCellCount(); i++) {
                cells.add(cell(row.getCell(i)));
            }
            return new Row(row.getRowNum(), cells);
        }

        /** Numbers stay numbers (a date is a day serial, a CCCD may have lost its zeros); the rest is text. */
        private static Cell cell(org.dhatim.fastexcel.reader.Cell cell) {
            if (cell == null) {
                return Cell.BLANK;
            }
            return switch (cell.getType()) {
                case NUMBER -> new Cell(null, cell.asNumber());
                case STRING, ERROR -> Cell.ofText(cell.getRawValue());
                case BOOLEAN -> Cell.ofText(cell.asBoolean().toString());
                case FORMULA -> cachedResult(cell.getRawValue());
                case EMPTY -> Cell.BLANK;
            };
        }

        private static Cell cachedResult(String raw) {
            try {
                return raw == null ? Cell.BLANK : new Cell(null, new BigDecimal(raw));
            } catch (NumberFormatException e) {
                return Cell.ofText(raw);
            }
        }
    }

    /** A CSV file: one sheet, no contributions. */
    private static final class Csv implements ImportedFile {

        private static final String NOT_UTF8 = "The CSV file is not UTF-8 text: in Excel choose Save As "
                + "\"CSV UTF-8 (Comma delimited)\".";

        private final Path file;

        Csv(Path file) {
            this.file = file;
        }

        @Override
        public Stream<Row> records() {
            Reader reader = null;
            try {
                char delimiter = delimiterOf(file);
                reader = utf8(file);
                CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(reader);
                return guarded(parser.iterator(), Csv::row, () -> close(parser), Csv::problemOf);
            } catch (CharacterCodingException e) {
                close(reader);
                throw ProblemException.invalid(NOT_UTF8);
            } catch (IOException e) {
                close(reader);
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Optional<Stream<Row>> contributions() {
            return Optional.empty();
        }

        @Override
        public boolean date1904() {
            return false;
        }

        @Override
        public void close() {
            // each stream closes its own reader
        }

        /** Bytes that are not UTF-8, or (what else commons-csv refuses) a quoted value never closed. */
        private static String problemOf(RuntimeException failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof CharacterCodingException) {
                    return NOT_UTF8;
                }
            }
            return "The CSV file cannot be read: a value opened with a quote (\") is never closed.";
        }

        private static Row row(CSVRecord record) {
            List<Cell> cells = new ArrayList<>(record.size());
            record.forEach(value -> cells.add(Cell.ofText(CsvCells.restored(value))));
            return new Row((int) record.getRecordNumber(), cells);
        }

        /** Excel writes ";" where the decimal mark is a comma (as in Vietnamese settings), else ",". */
        private static char delimiterOf(Path file) throws IOException {
            try (BufferedReader reader = new BufferedReader(utf8(file))) {
                char[] start = new char[TITLE_ROW_LIMIT];
                int read = Math.max(0, reader.read(start));
                String titleRow = new String(start, 0, read).lines().findFirst().orElse("");
                char best = ',';
                long most = titleRow.chars().filter(c -> c == ',').count();
                for (char candidate : new char[]{';', '\t'}) {
                    long count = titleRow.chars().filter(c -> c == candidate).count();
                    if (count > most) {
                        best = candidate;
                        most = count;
                    }
                }
                return best;
            }
        }

        /** UTF-8 that refuses malformed bytes, without the BOM Excel puts first. */
        private static Reader utf8(Path file) throws IOException {
            BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)));
            reader.mark(1);
            if (reader.read() != BOM) {
                reader.reset();
            }
            return reader;
        }

        private static void close(AutoCloseable closeable) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException("cannot close the CSV file", e);
            }
        }
    }
}
