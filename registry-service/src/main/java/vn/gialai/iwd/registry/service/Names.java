package vn.gialai.iwd.registry.service;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese name normalisation: NFC for storage, a folded key for search and duplicate detection. */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Names() {
    }

    public static String normalise(String name) {
        return SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFC).strip()).replaceAll(" ");
    }

    /** "Nguyễn Thị Hồng" → "nguyen thi hong"; đ/Đ fold to d, which Unicode decomposition does not do. */
    public static String fold(String name) {
        String decomposed = Normalizer.normalize(normalise(name), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
