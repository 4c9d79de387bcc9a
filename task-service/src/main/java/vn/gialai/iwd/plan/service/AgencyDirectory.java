package vn.gialai.iwd.plan.service;

import vn.gialai.iwd.plan.domain.Agency;
import vn.gialai.iwd.plan.domain.AgencyGroup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The agencies and agency groups as one request sees them. Answers two questions: which units a
 * task's named units and groups stand for, and which agency holds a unit's duties on a given day
 * (the unit itself while it exists, its successors once it has ended).
 */
public final class AgencyDirectory {

    private final Map<String, Agency> agencies;
    private final Map<String, AgencyGroup> groups;

    public AgencyDirectory(List<Agency> agencies, List<AgencyGroup> groups) {
        this.agencies = new LinkedHashMap<>();
        agencies.forEach(agency -> this.agencies.put(agency.code, agency));
        this.groups = new LinkedHashMap<>();
        groups.forEach(group -> this.groups.put(group.code, group));
    }

    public Optional<Agency> agency(String code) {
        return Optional.ofNullable(agencies.get(code));
    }

    public boolean hasGroup(String code) {
        return groups.containsKey(code);
    }

    public Collection<Agency> agencies() {
        return agencies.values();
    }

    /** Groups an agency is a member of, by code. */
    public List<String> groupsOf(Agency agency) {
        return groups.values().stream().filter(group -> group.includes(agency)).map(group -> group.code).toList();
    }

    /** The named units plus every member of the named groups, whether or not they still exist. */
    public Set<String> expand(Collection<String> unitCodes, Collection<String> groupCodes) {
        Set<String> units = new TreeSet<>(unitCodes);
        for (String groupCode : groupCodes) {
            AgencyGroup group = groups.get(groupCode);
            if (group != null) {
                agencies.values().stream().filter(group::includes).forEach(agency -> units.add(agency.code));
            }
        }
        return units;
    }

    /**
     * Who holds the duties of {@code units} on {@code day}: each unit that existed by {@code existedBy}
     * is replaced, once it has ended, by its successors (transitively). A unit that ended without a
     * successor keeps its own duties: they are still owed and someone must be able to see that.
     */
    public Set<String> holders(Collection<String> units, LocalDate existedBy, LocalDate day) {
        Set<String> holders = new TreeSet<>();
        for (String code : units) {
            Agency agency = agencies.get(code);
            if (agency == null || !agency.validFrom.isAfter(existedBy)) {
                collectHolders(code, day, holders, new HashSet<>());
            }
        }
        return holders;
    }

    /** The agencies that hold {@code unit}'s duties on {@code day}. */
    public Set<String> holders(String unit, LocalDate day) {
        Set<String> holders = new TreeSet<>();
        collectHolders(unit, day, holders, new HashSet<>());
        return holders;
    }

    private void collectHolders(String code, LocalDate day, Set<String> holders, Set<String> visited) {
        if (!visited.add(code)) {
            return;
        }
        Agency agency = agencies.get(code);
        if (agency == null || !agency.hasEndedBy(day) || agency.successorCodes.isEmpty()) {
            holders.add(code);
            return;
        }
        for (String successor : agency.successorCodes) {
            collectHolders(successor, day, holders, visited);
        }
    }

    public String nameOf(String code) {
        Agency agency = agencies.get(code);
        return agency == null ? null : agency.nameVi;
    }
}
