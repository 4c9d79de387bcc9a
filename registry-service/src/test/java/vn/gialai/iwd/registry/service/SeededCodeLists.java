package vn.gialai.iwd.registry.service;

import vn.gialai.iwd.registry.domain.CodeEntry;
import vn.gialai.iwd.registry.repository.CodeEntryRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registry's code lists as the Flyway seed (V2__seed_code_lists.sql) defines them, held by a
 * {@link CodeLists} built by hand: no database, no Quarkus.
 */
final class SeededCodeLists {

    private static final String SEED = "db/migration/V2__seed_code_lists.sql";
    /** ('list', 'code', … : the first two literals of each row of the seed's multi-row inserts. */
    private static final Pattern ROW = Pattern.compile("\\(\\s*'([A-Za-z]+)'\\s*,\\s*'([^']*)'");

    private SeededCodeLists() {
    }

    static CodeLists load() {
        List<CodeEntry> entries = entries();
        CodeLists codes = new CodeLists(new CodeEntryRepository() {
            @Override
            public List<CodeEntry> listOrdered() {
                return entries;
            }
        });
        codes.load(null);
        return codes;
    }

    static List<CodeEntry> entries() {
        String sql;
        try (InputStream in = SeededCodeLists.class.getClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException(SEED + " not on the classpath");
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CodeEntry> entries = new ArrayList<>();
        Matcher row = ROW.matcher(sql.replaceAll("(?m)--.*$", ""));
        while (row.find()) {
            CodeEntry entry = new CodeEntry();
            entry.key = new CodeEntry.Key(row.group(1), row.group(2));
            entry.labelVi = row.group(2);
            entry.labelEn = row.group(2);
            entry.position = entries.size();
            entries.add(entry);
        }
        return entries;
    }
}
