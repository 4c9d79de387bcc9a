package vn.gialai.iwd.plan.service;

/**
 * Free text PostgreSQL stores as sent: no U+0000 (the database refuses it: it was a 500, issue 15)
 * and no unpaired surrogate (it would be stored as "?"). Other characters, controls included, are kept.
 */
public final class StorableText {

    public static final String PATTERN = "[^\\x{0}\\x{D800}-\\x{DFFF}]*";

    private StorableText() {
    }
}
