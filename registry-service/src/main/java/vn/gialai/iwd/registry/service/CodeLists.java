package vn.gialai.iwd.registry.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.gialai.iwd.registry.domain.CodeEntry;
import vn.gialai.iwd.registry.repository.CodeEntryRepository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The code lists, held in memory: they change only through migrations, and validation reads them per field. */
@ApplicationScoped
public class CodeLists {

    public static final List<String> QUALIFICATION_ORDER = List.of("COLLEGE", "BACHELOR", "MASTER", "DOCTORATE");

    /** Academic titles, lowest first: a person's profile keeps the highest. */
    public static final List<String> TITLE_ORDER = List.of("ASSOCIATE_PROFESSOR", "PROFESSOR");

    /** Contribution levels, lowest first: one contribution reported at two levels counts at the higher. */
    public static final List<String> CONTRIBUTION_LEVEL_ORDER = List.of("UNIT", "PROVINCIAL", "NATIONAL", "INTERNATIONAL");

    /** The employments in the state apparatus that the civil-service standard (meetsStandard) applies to. */
    public static final Set<String> STANDARD_APPLIES = Set.of("CADRE", "CIVIL_SERVANT", "PUBLIC_EMPLOYEE");

    /** One entry of a list with its labels, for readers that accept labels as well as codes. */
    public record Label(String code, String vi, String en) {
    }

    private final CodeEntryRepository repository;
    private volatile Map<String, Set<String>> codesByList = Map.of();
    private volatile Map<String, List<Label>> labelsByList = Map.of();

    CodeLists(CodeEntryRepository repository) {
        this.repository = repository;
    }

    void load(@Observes StartupEvent startup) {
        Map<String, Set<String>> loaded = new HashMap<>();
        Map<String, List<Label>> labels = new HashMap<>();
        for (CodeEntry entry : repository.listOrdered()) {
            loaded.computeIfAbsent(entry.key.listName(), name -> new HashSet<>()).add(entry.key.code());
            labels.computeIfAbsent(entry.key.listName(), name -> new ArrayList<>())
                    .add(new Label(entry.key.code(), entry.labelVi, entry.labelEn));
        }
        codesByList = loaded;
        labelsByList = labels;
    }

    /** The list's entries in display order; empty for an unknown list. */
    public List<Label> labels(String list) {
        return labelsByList.getOrDefault(list, List.of());
    }

    public boolean contains(String list, String code) {
        return codesByList.getOrDefault(list, Set.of()).contains(code);
    }

    public static int rankOfQualification(String qualification) {
        return QUALIFICATION_ORDER.indexOf(qualification);
    }
}
