package vn.gialai.iwd.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.gateway.domain.ApiClient;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApiClientRepository implements PanacheRepositoryBase<ApiClient, UUID> {

    public Optional<ApiClient> findActiveByKeyHash(String keyHash) {
        return find("keyHash = ?1 and revokedAt is null", keyHash).firstResultOptional();
    }

    public Optional<ApiClient> findByKeyHash(String keyHash) {
        return find("keyHash", keyHash).firstResultOptional();
    }

    public Optional<ApiClient> findActiveBootstrap(String variable) {
        return find("bootstrapVariable = ?1 and revokedAt is null", variable).firstResultOptional();
    }

    public List<ApiClient> listActive() {
        return list("revokedAt is null", Sort.by("createdAt"));
    }
}
