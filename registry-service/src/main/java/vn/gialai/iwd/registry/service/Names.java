package vn.gialai.iwd.registry.service;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese name normalisation: NFC for storage, a folded key for search and duplicate detection. Every
 * Unicode space (the no-break space of a web page or a Word cell, U+3000, …) is a space; invisible format
 * characters (zero-width spaces and joiners, the BOM, soft hyphens, direction marks) are kept in the stored
 * name but never in the key, so that a name copied with one still matches the same name typed.
 * <p>
 * Written as loops over code points rather than regular expressions, since every record of a batch is
 * folded (the expressions were a tenth of the registry's time in a push); NamesTest checks the loops
 * against the expressions they replace ({@code [\s\p{Z}]+}, {@code \p{Cf}}, {@code \p{M}}), since keys
 * already stored must not change.
 */
public final class Names {

    private Names() {
    }

    public static String normalise(String name) {
        return collapseSpaces(Normalizer.normalize(name, Normalizer.Form.NFC)).strip();
    }

    /** "Nguyễn Thị Hồng" → "nguyen thi hong"; đ/Đ fold to d, which Unicode decomposition does not do; "" for a name with nothing visible. */
    public static String fold(String name) {
        String visible = normalise(withoutInvisible(name));
        String decomposed = Normalizer.normalize(visible, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int codePoint = decomposed.codePointAt(i);
            i += Character.charCount(codePoint);
            if (!isMark(codePoint)) {
                key.appendCodePoint(codePoint == 'đ' || codePoint == 'Đ' ? 'd' : codePoint);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /** Every run of white space (Java's {@code \s}) or Unicode separators ({@code \p{Z}}) becomes one space. */
    private static String collapseSpaces(String text) {
        StringBuilder collapsed = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    collapsed.append(' ');
                }
                inSpace = true;
            } else {
                collapsed.append(c);
                inSpace = false;
            }
        }
        return collapsed.toString();
    }

    private static String withoutInvisible(String text) {
        StringBuilder visible = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.getType(codePoint) != Character.FORMAT) {
                visible.appendCodePoint(codePoint);
            }
        }
        return visible.toString();
    }

    /** Separators are all in the Basic Multilingual Plane, so a char is enough. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }

    private static boolean isMark(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }
}
