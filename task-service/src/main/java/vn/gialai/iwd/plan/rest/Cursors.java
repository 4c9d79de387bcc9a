package vn.gialai.iwd.plan.rest;

import vn.gialai.iwd.plan.service.InvalidFieldsException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Keyset positions (the last id seen), opaque to clients. */
final class Cursors {

    private Cursors() {
    }

    static String encode(long lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("id:" + lastId).getBytes(StandardCharsets.UTF_8));
    }

    /** @return the id after which the page starts; 0 without a cursor */
    static long decode(String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith("id:")) {
                return Long.parseLong(text.substring(3));
            }
        } catch (IllegalArgumentException e) {
            // reported below like any other unreadable cursor
        }
        throw new InvalidFieldsException("cursor", "INVALID_FORMAT", "The cursor is not valid; start again without it.");
    }
}
