package vn.gialai.iwd.registry.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads values as clerks type them into the fields of a {@link RecordInput}: codes or labels with or
 * without diacritics, day-first or ISO dates and day serials, Có/Không and its variants, national
 * IDs whose leading zeros a spreadsheet dropped. What cannot be read becomes a read error of the
 * field (the record's other fields are still judged); what was read is judged by the same
 * {@link RecordValidator} as every JSON record.
 */
@ApplicationScoped
public class SpreadsheetValues {

    /** A row read into the record it describes, with the warnings of reading it. */
    public record ReadRecord(SubmittedRecord submitted, List<Finding> warnings) {
    }

    /** A row of the contributions sheet: whose it is, what it says, and what could not be read. */
    public record ReadContribution(String externalId, RecordInput.ContributionInput contribution, List<Finding> errors) {
    }

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    private static final Pattern DAY_FIRST_SHAPE = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}");
    private static final Pattern DAY_SERIAL = Pattern.compile("\\d{1,6}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** Day 0 of spreadsheet serials: 1899-12-30 (Excel's 1900 system, past its phantom 29 Feb 1900) or 1904-01-01. */
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final int NATIONAL_ID_LENGTH = 12;
    /** A number of 10 or 11 digits in a CCCD column is a CCCD whose leading zeros were dropped (province 001–096). */
    private static final int SHORTEST_RESTORABLE_ID = 10;
    private static final Set<String> YES = keys("có", "co", "x", "1", "true", "yes", "y", "đúng", "c");
    private static final Set<String> NO = keys("không", "khong", "0", "false", "no", "n", "sai", "k");
    /** Spellings clerks use besides the code lists' labels. */
    private static final Map<String, Map<String, String>> ALIASES = Map.of(
            "qualifications", Map.of("thacsy", "MASTER", "tiensy", "DOCTORATE", "cunhan", "BACHELOR",
                    "kysu", "BACHELOR", "trungcap", "INTERMEDIATE", "socap", "ELEMENTARY",
                    "trunghocphothong", "UPPER_SECONDARY", "thpt", "UPPER_SECONDARY"),
            "academicTitles", Map.of("pgs", "ASSOCIATE_PROFESSOR", "gs", "PROFESSOR"));

    private final CodeLists codes;
    private final Map<String, Map<String, String>> codeByKey = new ConcurrentHashMap<>();

    SpreadsheetValues(CodeLists codes) {
        this.codes = codes;
    }

    /**
     * One row of the records sheet under its header; {@code contributionsOf} gives the rows of the
     * contributions sheet that name the record's externalId (null when there are none).
     */
    public ReadRecord record(ImportedFile.Row row, ImportColumns.Header header, boolean date1904,
                             Function<String, List<ReadContribution>> contributionsOf) {
        Reading reading = new Reading(row, header, date1904);
        String externalId = reading.text("externalId");
        List<ReadContribution> contributions = externalId == null ? null : contributionsOf.apply(externalId);
        List<RecordInput.ContributionInput> inputs = null;
        if (contributions != null) {
            inputs = new ArrayList<>(contributions.size());
            for (int i = 0; i < contributions.size(); i++) {
                ReadContribution read = contributions.get(i);
                inputs.add(read.contribution());
                String prefix = "contributions[" + i + "].";
                read.errors().forEach(error -> reading.errors.add(
                        new Finding(prefix + error.field(), error.code(), error.arguments(), false)));
            }
        }
        RecordInput input = new RecordInput(externalId, reading.text("fullName"),
                reading.nationalId("nationalId"), reading.date("dateOfBirth"), reading.integer("birthYear"),
                reading.code("gender"), reading.code("ethnicity"), reading.code("highestQualification"),
                reading.code("academicTitle"), reading.code("fieldOfStudy"), reading.code("sector"),
                reading.code("employment"), reading.text("employer"), reading.yesNo("meetsStandard"),
                reading.yesNo("trainedAbroad"), reading.yesNo("livesAbroad"), reading.yesNo("foreignNational"),
                inputs, reading.date("effectiveDate"));
        return new ReadRecord(new SubmittedRecord(input, List.copyOf(reading.errors)), List.copyOf(reading.warnings));
    }

    /** One row of the contributions sheet under its header. */
    public ReadContribution contribution(ImportedFile.Row row, ImportColumns.Header header) {
        Reading reading = new Reading(row, header, false);
        RecordInput.ContributionInput contribution = new RecordInput.ContributionInput(reading.code("type"),
                reading.text("title"), reading.integer("year"), reading.code("level"));
        return new ReadContribution(reading.text("externalId"), contribution, List.copyOf(reading.errors));
    }

    /** The cells of one row, read field by field. */
    private final class Reading {

        private final ImportedFile.Row row;
        private final ImportColumns.Header header;
        private final boolean date1904;
        private final List<Finding> errors = new ArrayList<>();
        private final List<Finding> warnings = new ArrayList<>();

        Reading(ImportedFile.Row row, ImportColumns.Header header, boolean date1904) {
            this.row = row;
            this.header = header;
            this.date1904 = date1904;
        }

        private ImportedFile.Cell cell(String field) {
            return header.positionOf(field).map(row::cell).orElse(ImportedFile.Cell.BLANK);
        }

        String text(String field) {
            ImportedFile.Cell cell = cell(field);
            return cell.isBlank() ? null : cell.shown().strip();
        }

        String code(String field) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            String list = listOf(field);
            return codesOf(list).getOrDefault(ImportColumns.key(value), value);
        }

        Integer integer(String field) {
            ImportedFile.Cell cell = cell(field);
            if (cell.isBlank()) {
                return null;
            }
            try {
                BigDecimal number = cell.number() != null ? cell.number() : new BigDecimal(cell.text().strip());
                return number.stripTrailingZeros().intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                errors.add(Finding.error(field, "INVALID_TYPE", "integer"));
                return null;
            }
        }

        Boolean yesNo(String field) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            String key = ImportColumns.key(value);
            if (YES.contains(key)) {
                return true;
            }
            if (NO.contains(key)) {
                return false;
            }
            errors.add(Finding.error(field, "INVALID_TYPE", "yesNo"));
            return null;
        }

        LocalDate date(String field) {
            ImportedFile.Cell cell = cell(field);
            if (cell.isBlank()) {
                return null;
            }
            try {
                if (cell.number() != null) {
                    return fromSerial(cell.number().longValue());
                }
                String text = cell.text().strip().split("\\s+")[0];
                if (ISO_SHAPE.matcher(text).matches()) {
                    return LocalDate.parse(text, ISO);
                }
                if (DAY_FIRST_SHAPE.matcher(text).matches()) {
                    return LocalDate.parse(text.replace('.', '/').replace('-', '/'), DAY_FIRST);
                }
                if (DAY_SERIAL.matcher(text).matches()) {
                    return fromSerial(Long.parseLong(text));
                }
            } catch (DateTimeParseException e) {
                // falls through to the error below
            }
            errors.add(Finding.error(field, "INVALID_DATE", "dd/mm/yyyy"));
            return null;
        }

        private LocalDate fromSerial(long serial) {
            return (date1904 ? EPOCH_1904 : EPOCH_1900).plusDays(serial);
        }

        /**
         * A CCCD as digits. A spreadsheet that took it for a number dropped its leading zeros; 10 or 11
         * digits can only be a CCCD of province 001–096 so padded, which is done with a warning.
         */
        String nationalId(String field) {
            ImportedFile.Cell cell = cell(field);
            if (cell.isBlank()) {
                return null;
            }
            String value;
            if (cell.number() != null) {
                BigDecimal number = cell.number().stripTrailingZeros();
                value = number.scale() <= 0 ? number.toPlainString() : cell.shown();
            } else {
                value = cell.text().strip().replace(" ", "");
            }
            if (DIGITS.matcher(value).matches() && value.length() >= SHORTEST_RESTORABLE_ID
                    && value.length() < NATIONAL_ID_LENGTH) {
                warnings.add(Finding.warning(field, "LEADING_ZEROS_RESTORED"));
                return "0".repeat(NATIONAL_ID_LENGTH - value.length()) + value;
            }
            return value;
        }

        private String listOf(String field) {
            return ImportColumns.RECORDS.stream().filter(column -> column.field().equals(field)).findFirst()
                    .or(() -> ImportColumns.CONTRIBUTIONS.stream().filter(column -> column.field().equals(field))
                            .findFirst())
                    .map(ImportColumns.Column::codeList).orElseThrow();
        }
    }

    /**
     * The codes of a list by the key of each code, label and alias. A 2-digit code is also found
     * without its leading zero (a spreadsheet's 1 for 01). A key two codes share is dropped, so the
     * value is reported as an unknown code rather than guessed.
     */
    private Map<String, String> codesOf(String list) {
        return codeByKey.computeIfAbsent(list, name -> {
            Map<String, String> byKey = new HashMap<>();
            Set<String> ambiguous = new HashSet<>();
            for (CodeLists.Label label : codes.labels(name)) {
                List<String> keys = new ArrayList<>(List.of(ImportColumns.key(label.code()),
                        ImportColumns.key(label.vi()), ImportColumns.key(label.en())));
                if (DIGITS.matcher(label.code()).matches()) {
                    keys.add(Integer.toString(Integer.parseInt(label.code())));
                }
                for (String key : keys) {
                    String before = byKey.putIfAbsent(key, label.code());
                    if (before != null && !before.equals(label.code())) {
                        ambiguous.add(key);
                    }
                }
            }
            ambiguous.forEach(byKey::remove);
            ALIASES.getOrDefault(name, Map.of()).forEach(byKey::putIfAbsent);
            return Map.copyOf(byKey);
        });
    }

    private static Set<String> keys(String... values) {
        Set<String> keys = new HashSet<>();
        for (String value : values) {
            keys.add(ImportColumns.key(value));
        }
        return Set.copyOf(keys);
    }
}
