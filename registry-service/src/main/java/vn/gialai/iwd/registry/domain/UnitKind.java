package vn.gialai.iwd.registry.domain;

public enum UnitKind {
    PROVINCE, DEPARTMENT, DISTRICT, COMMUNE, ORGANIZATION
}
