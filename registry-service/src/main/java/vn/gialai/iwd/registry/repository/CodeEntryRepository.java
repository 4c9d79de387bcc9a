package vn.gialai.iwd.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.registry.domain.CodeEntry;

import java.util.List;

@ApplicationScoped
public class CodeEntryRepository implements PanacheRepositoryBase<CodeEntry, CodeEntry.Key> {

    public List<CodeEntry> listOrdered() {
        return listAll(Sort.by("key.listName").and("position"));
    }

    public List<CodeEntry> listOf(String listName) {
        return list("key.listName", Sort.by("position"), listName);
    }
}
