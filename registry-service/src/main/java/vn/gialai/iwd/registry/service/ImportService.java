package vn.gialai.iwd.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gialai.iwd.registry.config.RegistryConfig;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Imports a unit's spreadsheet: rows become the same submitted records a JSON batch carries, judged
 * by the same rules and written by the same set-based path, a batch-sized part at a time inside one
 * transaction, so that memory stays flat however long the file is. Every finding is located by the
 * spreadsheet row and the column title as it appeared in the file.
 */
@ApplicationScoped
public class ImportService {

    /** A finding with where it is in the file: the column's title (null when the file lacks the column). */
    public record Located(Finding finding, String column, Integer contributionRow) {
    }

    /** A row not written, with its position among the file's records (from 0) and its spreadsheet row. */
    public record RowRejection(int index, int row, String externalId, List<Located> errors) {
    }

    /** A finding that did not reject anything; a title-row or contributions-sheet warning has no index. */
    public record RowWarning(Integer index, Integer row, String externalId, Located warning) {
    }

    /** The batch answer of an import, with the id of its rejected rows' file ({@code null} when none was rejected). */
    public record Result(UUID importId, int received, int created, int updated, int unchanged,
                         List<RowRejection> rejected, List<RowWarning> warnings) {
    }

    /** A rejected row as the clerk sent it, for the errors file. */
    public record RejectedRow(RowRejection rejection, List<String> cells, List<List<String>> contributionCells) {
    }

    /** Rows searched for the title row: files often start with a heading above it. */
    private static final int TITLE_ROW_SEARCH = 10;
    /** A title row names at least this many known columns. */
    private static final int TITLES_TO_RECOGNISE = 2;
    private static final Pattern CONTRIBUTION_FIELD = Pattern.compile("contributions\\[(\\d+)](?:\\.(\\w+))?");

    private final RecordService records;
    private final SpreadsheetValues values;
    private final ImportErrorFiles errorFiles;
    private final RegistryConfig config;

    ImportService(RecordService records, SpreadsheetValues values, ImportErrorFiles errorFiles, RegistryConfig config) {
        this.records = records;
        this.values = values;
        this.errorFiles = errorFiles;
        this.config = config;
    }

    /**
     * Imports the file for the unit as a batch with the same {@code atomic}, {@code dryRun} and
     * {@code snapshotId}: 422 ({@link ImportRejectedException}) when atomic and a row was rejected.
     * The file is opened only once the caller may act for the unit. The rejected rows are kept
     * (encrypted, for a day) for the errors file, also when nothing was written.
     */
    @Transactional
    public Result importFile(Caller caller, String unitCode, Supplier<ImportedFile> opener, boolean atomic,
                             boolean dryRun, UUID snapshotId) {
        RecordService.Submission submission = records.open(caller, unitCode, snapshotId);
        try (ImportedFile file = opener.get()) {
            return importOpened(caller, unitCode, file, submission, atomic, dryRun);
        }
    }

    private Result importOpened(Caller caller, String unitCode, ImportedFile file,
                                RecordService.Submission submission, boolean atomic, boolean dryRun) {
        Progress progress = new Progress(readContributions(file));
        try (Stream<ImportedFile.Row> rows = file.records()) {
            Iterator<ImportedFile.Row> iterator = rows.iterator();
            progress.header = titleRow(iterator, ImportColumns.RECORDS, progress.warnings);
            if (progress.header.positionOf(ImportColumns.EXTERNAL_ID).isEmpty()) {
                throw ProblemException.invalid("The title row has no column \"Mã hồ sơ\" (Record ID, externalId): "
                        + "each row needs the unit's own id of the record.");
            }
            List<Pending> part = new ArrayList<>(config.maxBatchSize());
            while (iterator.hasNext()) {
                ImportedFile.Row row = iterator.next();
                if (row.isBlank()) {
                    continue;
                }
                if (progress.received == config.maxImportRows()) {
                    throw ProblemException.tooLarge("A file holds at most " + config.maxImportRows()
                            + " rows; split it into files of that size and upload each.");
                }
                part.add(progress.read(row, file.date1904(), values));
                if (part.size() == config.maxBatchSize()) {
                    submit(submission, part, atomic, dryRun, progress);
                }
            }
            submit(submission, part, atomic, dryRun, progress);
        }
        progress.warnUnclaimedContributions();
        Result result = progress.result(progress.rejectedRows.isEmpty() ? null
                : errorFiles.store(caller, unitCode, progress.header.titles(), progress.contributions.titles(),
                progress.rejectedRows));
        if (atomic && !result.rejected().isEmpty()) {
            throw new ImportRejectedException(result);
        }
        if (!dryRun) {
            records.audit(caller, "RECORDS_IMPORT", unitCode, result.created(), result.updated(), result.unchanged(),
                    result.rejected().size());
        }
        return result;
    }

    private void submit(RecordService.Submission submission, List<Pending> part, boolean atomic, boolean dryRun,
                        Progress progress) {
        if (part.isEmpty()) {
            return;
        }
        RecordService.BatchResult result = records.submit(submission,
                part.stream().map(pending -> pending.read().submitted()).toList(), atomic, dryRun);
        progress.add(part, result);
        part.clear();
    }

    /** The first row, among the first few, that names enough known columns; else the file is refused. */
    private static ImportColumns.Header titleRow(Iterator<ImportedFile.Row> rows, List<ImportColumns.Column> columns,
                                                 List<RowWarning> warnings) {
        for (int searched = 0; searched < TITLE_ROW_SEARCH && rows.hasNext(); searched++) {
            ImportedFile.Row row = rows.next();
            ImportColumns.Header header = ImportColumns.header(
                    row.cells().stream().map(ImportedFile.Cell::shown).toList(), columns);
            if (header.positionOfField().size() >= Math.min(TITLES_TO_RECOGNISE, columns.size())) {
                header.unknown().forEach(title -> warnings.add(new RowWarning(null, row.number(), null,
                        new Located(Finding.warning(null, "UNKNOWN_COLUMN"), title, null))));
                return header;
            }
        }
        throw ProblemException.invalid("No title row found: the first rows of the sheet must name the columns "
                + "(\"Mã hồ sơ\", \"Họ và tên\", … as in the template GET /api/v1/registry/import-template).");
    }

    /** The contributions sheet, read whole (it is short: a few rows per person at most), by externalId. */
    private Contributions readContributions(ImportedFile file) {
        Optional<Stream<ImportedFile.Row>> sheet = file.contributions();
        Contributions contributions = new Contributions();
        if (sheet.isEmpty()) {
            return contributions;
        }
        try (Stream<ImportedFile.Row> rows = sheet.get()) {
            Iterator<ImportedFile.Row> iterator = rows.filter(row -> !row.isBlank()).iterator();
            if (!iterator.hasNext()) {
                return contributions;
            }
            ImportColumns.Header header = titleRow(iterator, ImportColumns.CONTRIBUTIONS, contributions.warnings);
            contributions.header = header;
            while (iterator.hasNext()) {
                ImportedFile.Row row = iterator.next();
                SpreadsheetValues.ReadContribution read = values.contribution(row, header);
                if (read.externalId() == null) {
                    contributions.warnings.add(new RowWarning(null, null, null, new Located(
                            Finding.warning(ImportColumns.EXTERNAL_ID, "NO_SUCH_RECORD"),
                            header.titleOf(ImportColumns.EXTERNAL_ID), row.number())));
                    continue;
                }
                contributions.byExternalId.computeIfAbsent(read.externalId(), id -> new ArrayList<>())
                        .add(new ContributionRow(row, read));
            }
        }
        return contributions;
    }

    /** A contributions-sheet row and what it says. */
    private record ContributionRow(ImportedFile.Row row, SpreadsheetValues.ReadContribution read) {
    }

    /** The contributions sheet by the externalId its rows name, in sheet order. */
    private static final class Contributions {

        private final Map<String, List<ContributionRow>> byExternalId = new LinkedHashMap<>();
        private final List<RowWarning> warnings = new ArrayList<>();
        private ImportColumns.Header header;

        /** The rows of a record; each is handed out once (a second row with the same externalId is rejected anyway). */
        List<ContributionRow> take(String externalId) {
            return byExternalId.remove(externalId);
        }

        String titleOf(String field) {
            return header == null ? null : header.titleOf(field);
        }

        List<String> titles() {
            return header == null ? null : header.titles();
        }
    }

    /** One records-sheet row, read, waiting for its part to be judged. */
    private record Pending(int index, ImportedFile.Row row, SpreadsheetValues.ReadRecord read,
                           List<ContributionRow> contributions) {
    }

    /** What the import has done so far. */
    private static final class Progress {

        private final Contributions contributions;
        private final List<RowRejection> rejected = new ArrayList<>();
        private final List<RowWarning> warnings = new ArrayList<>();
        private final List<RejectedRow> rejectedRows = new ArrayList<>();
        private ImportColumns.Header header;
        private int received;
        private int created;
        private int updated;
        private int unchanged;

        Progress(Contributions contributions) {
            this.contributions = contributions;
            warnings.addAll(contributions.warnings);
        }

        Pending read(ImportedFile.Row row, boolean date1904, SpreadsheetValues values) {
            List<ContributionRow> taken = new ArrayList<>();
            SpreadsheetValues.ReadRecord read = values.record(row, header, date1904, externalId -> {
                List<ContributionRow> rows = contributions.take(externalId);
                if (rows == null) {
                    return null;
                }
                taken.addAll(rows);
                return rows.stream().map(ContributionRow::read).toList();
            });
            return new Pending(received++, row, read, taken);
        }

        void add(List<Pending> part, RecordService.BatchResult result) {
            created += result.created();
            updated += result.updated();
            unchanged += result.unchanged();
            Map<Integer, List<RecordService.ItemWarning>> warningsByIndex = new HashMap<>();
            result.warnings().forEach(w -> warningsByIndex.computeIfAbsent(w.index(), i -> new ArrayList<>()).add(w));
            Map<Integer, RecordService.Rejection> rejectionByIndex = new HashMap<>();
            result.rejected().forEach(r -> rejectionByIndex.put(r.index(), r));
            for (int i = 0; i < part.size(); i++) {
                Pending pending = part.get(i);
                String externalId = pending.read().submitted().externalId();
                for (Finding warning : pending.read().warnings()) {
                    warnings.add(new RowWarning(pending.index(), pending.row().number(), externalId, locate(warning, pending)));
                }
                for (RecordService.ItemWarning warning : warningsByIndex.getOrDefault(i, List.of())) {
                    warnings.add(new RowWarning(pending.index(), pending.row().number(), externalId,
                            locate(warning.finding(), pending)));
                }
                RecordService.Rejection rejection = rejectionByIndex.get(i);
                if (rejection != null) {
                    RowRejection located = new RowRejection(pending.index(), pending.row().number(), externalId,
                            rejection.errors().stream().map(error -> locate(error, pending)).toList());
                    rejected.add(located);
                    rejectedRows.add(new RejectedRow(located, shown(pending.row()),
                            pending.contributions().stream().map(c -> shown(c.row())).toList()));
                }
            }
        }

        /** The column of a finding: the records sheet's, or the contributions sheet's with that sheet's row. */
        private Located locate(Finding finding, Pending pending) {
            Matcher contribution = CONTRIBUTION_FIELD.matcher(finding.field());
            if (contribution.matches()) {
                int position = Integer.parseInt(contribution.group(1));
                Integer row = position < pending.contributions().size()
                        ? pending.contributions().get(position).row().number() : null;
                String field = contribution.group(2);
                return new Located(finding, field == null ? null : contributions.titleOf(field), row);
            }
            return new Located(finding, header.titleOf(finding.field()), null);
        }

        void warnUnclaimedContributions() {
            contributions.byExternalId.forEach((externalId, rows) -> rows.forEach(row -> warnings.add(new RowWarning(
                    null, null, externalId, new Located(Finding.warning(ImportColumns.EXTERNAL_ID, "NO_SUCH_RECORD"),
                    contributions.titleOf(ImportColumns.EXTERNAL_ID), row.row().number())))));
        }

        Result result(UUID importId) {
            return new Result(importId, received, created, updated, unchanged, List.copyOf(rejected),
                    List.copyOf(warnings));
        }

        private static List<String> shown(ImportedFile.Row row) {
            return row.cells().stream().map(ImportedFile.Cell::shown).toList();
        }
    }
}
