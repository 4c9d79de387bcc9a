package vn.gialai.iwd.registry.rest;

public record CodeResponse(String code, String labelVi, String labelEn) {
}
