package vn.gialai.iwd.gateway.service;

import java.util.Locale;

/** The languages the public pages speak: Vietnamese by default, English on request. */
public enum Language {
    VI("vi", Locale.forLanguageTag("vi")),
    EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** Anything but "en" is Vietnamese: a page is never refused for its language parameter. */
    public static Language of(String tag) {
        return EN.tag.equalsIgnoreCase(tag) ? EN : VI;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }
}
