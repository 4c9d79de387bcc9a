package vn.gialai.iwd.gateway.service;

import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Names of codes on the public pages (indicators, dimensions, statuses, code values) from the
 * resource bundle i18n/labels. Vietnamese names of code values come with the public API's answers;
 * English ones are in labels_en, and a code without a name is shown as it is.
 */
final class Labels {

    private final Language language;
    private final ResourceBundle bundle;

    Labels(Language language) {
        this.language = language;
        // No fallback to the JVM's default locale: Vietnamese pages must never pick up English names.
        this.bundle = ResourceBundle.getBundle("i18n.labels", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String of(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A value of a breakdown dimension; {@code apiLabel} is the Vietnamese name reporting gave. */
    String value(String dimension, String key, String apiLabel) {
        if (language == Language.EN) {
            for (String name : List.of(dimension + "." + key, key)) {
                if (bundle.containsKey(name)) {
                    return bundle.getString(name);
                }
            }
        }
        return apiLabel == null || apiLabel.isBlank() ? key : apiLabel;
    }
}
