package vn.gialai.iwd.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.registry.domain.ImportErrorFile;

import java.time.OffsetDateTime;
import java.util.UUID;

@ApplicationScoped
public class ImportErrorFileRepository implements PanacheRepositoryBase<ImportErrorFile, UUID> {

    public long deleteOlderThan(OffsetDateTime limit) {
        return delete("createdAt < ?1", limit);
    }
}
