package vn.gialai.iwd.registry.service;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese name normalisation: NFC for storage, a folded key for search and duplicate detection. Every
 * Unicode space (the no-break space of a web page or a Word cell, U+3000, …) is a space; invisible format
 * characters (zero-width spaces and joiners, the BOM, soft hyphens, direction marks) are kept in the stored
 * name but never in the key, so that a name copied with one still matches the same name typed.
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}+");

    private Names() {
    }

    public static String normalise(String name) {
        return SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /** "Nguyễn Thị Hồng" → "nguyen thi hong"; đ/Đ fold to d, which Unicode decomposition does not do; "" for a name with nothing visible. */
    public static String fold(String name) {
        String visible = normalise(INVISIBLE.matcher(name).replaceAll(""));
        String decomposed = Normalizer.normalize(visible, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
