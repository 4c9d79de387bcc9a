package vn.gialai.iwd.registry.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Reasons a client may give for removing a record; NOT_REPORTED is set by snapshot commits only. */
@ApplicationScoped
public class RemovalReasons {

    private static final String SYSTEM_ONLY = "NOT_REPORTED";

    private final CodeLists codes;

    RemovalReasons(CodeLists codes) {
        this.codes = codes;
    }

    public void requireClientReason(String reason) {
        if (reason == null) {
            throw new RecordRejectedException(List.of(Finding.error("reason", "REQUIRED")));
        }
        if (SYSTEM_ONLY.equals(reason) || !codes.contains("removalReasons", reason)) {
            throw new RecordRejectedException(List.of(Finding.error("reason", "UNKNOWN_CODE", "removalReasons")));
        }
    }
}
