package vn.gialai.iwd.registry.rest;

import jakarta.ws.rs.core.HttpHeaders;
import vn.gialai.iwd.registry.service.Finding;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts of validation codes from the resource bundles {@code i18n/messages} (Vietnamese, the default) and
 * {@code i18n/messages_en} (when the client prefers English: Accept-Language: en).
 */
final class Messages {

    private static final String BUNDLE = "i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK_TO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle VIETNAMESE = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK_TO_SERVER_LOCALE);
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, NO_FALLBACK_TO_SERVER_LOCALE);
    /** Arguments that name a code list or a JSON type are themselves translated. */
    private static final String ARGUMENT = "argument.";

    private Messages() {
    }

    static boolean english(HttpHeaders headers) {
        List<Locale> languages = headers.getAcceptableLanguages();
        return !languages.isEmpty() && "en".equals(languages.get(0).getLanguage());
    }

    static String text(String code, List<Object> arguments, boolean english) {
        ResourceBundle texts = english ? ENGLISH : VIETNAMESE;
        if (!texts.containsKey(code)) {
            return code;
        }
        Object[] formatted = arguments.stream().map(String::valueOf)
                .map(argument -> texts.containsKey(ARGUMENT + argument) ? texts.getString(ARGUMENT + argument) : argument)
                .toArray();
        return MessageFormat.format(texts.getString(code).replace("'", "''"), formatted);
    }

    static Problem.FieldError toError(Finding finding, boolean english) {
        return new Problem.FieldError(finding.field(), finding.code(), text(finding.code(), finding.arguments(), english));
    }
}
