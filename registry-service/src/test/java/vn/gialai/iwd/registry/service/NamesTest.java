package vn.gialai.iwd.registry.service;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Name normalisation (DESIGN.md §3: fullName NFC-normalised) and the folded key that search and duplicate
 * detection compare (§4: "nguyen thi hong" finds "Nguyễn Thị Hồng"; decisions §5: same folded name, date of
 * birth and gender queue a review case).
 */
class NamesTest {

    /** "Nguyễn Thị Hồng" with every accented letter decomposed (base letter + combining marks). */
    private static final String DECOMPOSED = "Nguye\u0302\u0303n Thi\u0323 Ho\u0302\u0300ng";

    @Test
    void normaliseComposesToNfc() {
        assertEquals("Nguy\u1EC5n Th\u1ECB H\u1ED3ng", Names.normalise(DECOMPOSED));
        assertEquals("Nguyễn Thị Hồng", Names.normalise("Nguyễn Thị Hồng"));
        assertEquals(15, Names.normalise(DECOMPOSED).length());
    }

    @Test
    void normaliseStripsAndCollapsesSpacesButKeepsCaseAndMarks() {
        assertEquals("Nguyễn Thị Hồng", Names.normalise("  Nguyễn   Thị\tHồng \r\n"));
        assertEquals("NGUYỄN thị Hồng", Names.normalise("NGUYỄN thị Hồng"));
        assertEquals("", Names.normalise(" \t "));
        assertEquals("Ksor H'Bia", Names.normalise("Ksor  H'Bia"));
    }

    @Test
    void foldIgnoresCaseDiacriticsAndSpacing() {
        String key = "nguyen thi hong";
        for (String spelling : List.of("Nguyễn Thị Hồng", "NGUYỄN THỊ HỒNG", "nguyễn thị hồng", DECOMPOSED,
                "  Nguyễn  Thị   Hồng ", "Nguyen Thi Hong", "nguyen\tthi\nhong")) {
            assertEquals(key, Names.fold(spelling), spelling);
        }
    }

    @Test
    void foldRemovesEveryVietnameseToneAndVowelMark() {
        assertEquals("aaaaaa", Names.fold("aàáảãạ"));
        assertEquals("aaaaaaaaaaaa", Names.fold("ăằắẳẵặâầấẩẫậ"));
        assertEquals("eeeeeeeeeeee", Names.fold("eèéẻẽẹêềếểễệ"));
        assertEquals("iiiiii", Names.fold("iìíỉĩị"));
        assertEquals("oooooooooooooooooo", Names.fold("oòóỏõọôồốổỗộơờớởỡợ"));
        assertEquals("uuuuuuuuuuuu", Names.fold("uùúủũụưừứửữự"));
        assertEquals("yyyyyy", Names.fold("yỳýỷỹỵ"));
        assertEquals("aaaaaa", Names.fold("AÀÁẢÃẠ"));
        assertEquals("ooo", Names.fold("ƠỚỢ"));
        assertEquals("uuu", Names.fold("ƯỨỰ"));
    }

    @Test
    void foldTurnsDWithStrokeIntoD() {
        // đ/Đ are letters of their own in Unicode, not d plus a mark: NFD alone would keep them
        assertEquals("dang van duc", Names.fold("Đặng Văn Đức"));
        assertEquals("dang van duc", Names.fold("ĐẶNG VĂN ĐỨC"));
        assertEquals("do thi dieu", Names.fold("đỗ thị điệu"));
    }

    @Test
    void foldKeepsTheNamesOfTheProvincesPeoplesReadable() {
        assertEquals("ksor h'bia", Names.fold("Ksor H'Bia"));
        assertEquals("ro cham phien", Names.fold("Rơ Châm Phiên"));
        assertEquals("dinh thi hue", Names.fold("Đinh Thị Huế"));
        assertEquals("truong quoc ung", Names.fold("Trương Quốc Ưng"));
    }

    @Test
    void differentLettersStayDifferent() {
        assertNotEquals(Names.fold("Nguyễn Thị Hồng"), Names.fold("Nguyễn Thị Hằng"));
        assertNotEquals(Names.fold("Lê Văn Tám"), Names.fold("Lê Văn Tâm Anh"));
        // word boundaries matter: the space between words is kept, once
        assertNotEquals(Names.fold("Lê Văn Tám"), Names.fold("LêVăn Tám"));
    }

    @Test
    void foldIsStableWhenAppliedTwice() {
        String once = Names.fold("  Đặng   Thị Ánh  Tuyết ");
        assertEquals("dang thi anh tuyet", once);
        assertEquals(once, Names.fold(once));
        assertEquals(Names.normalise("  Đặng   Thị ").length(), Names.normalise(Names.normalise("  Đặng   Thị ")).length());
    }

    @Test
    void aNoBreakSpaceIsASpace() {
        assertEquals("nguyen thi hong", Names.fold("Nguyễn\u00A0Thị Hồng"));
        assertEquals("nguyen thi hong", Names.fold("\u00A0Nguyễn Thị Hồng\u00A0"));
        assertEquals("Nguyễn Thị Hồng", Names.normalise("Nguyễn\u00A0Thị\u202FHồng"));
    }

    @Test
    void zeroWidthCharactersAreIgnored() {
        assertEquals("nguyen thi hong", Names.fold("Nguyễn\u200B Thị Hồng"));
        assertEquals("nguyen thi hong", Names.fold("Ngu\u200Cyễn Th\u200Dị Hồ\u2060ng"));
        assertEquals("nguyen thi hong", Names.fold("\uFEFFNguyễn Thị Hồng"));
    }

    /** The definitions Names implemented with regular expressions until 2026-12-03; keys stored since must not change. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}+");

    private static String normaliseByDefinition(String name) {
        return SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    private static String foldByDefinition(String name) {
        String decomposed = Normalizer.normalize(normaliseByDefinition(INVISIBLE.matcher(name).replaceAll("")),
                Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    @Property(tries = 3000)
    void normaliseAndFoldAgreeWithTheirDefinitionsOnNameLikeText(@ForAll("nameLikeText") String name) {
        assertEquals(normaliseByDefinition(name), Names.normalise(name));
        assertEquals(foldByDefinition(name), Names.fold(name));
    }

    @Property(tries = 1000)
    void normaliseAndFoldAgreeWithTheirDefinitionsOnAnyText(@ForAll String text) {
        assertEquals(normaliseByDefinition(text), Names.normalise(text));
        assertEquals(foldByDefinition(text), Names.fold(text));
    }

    /**
     * Letters with and without marks, combining marks, every kind of space (and the control characters that
     * String.strip takes for spaces but the definition does not), format characters, đ/Đ, and characters
     * outside the Basic Multilingual Plane (a combining mark, a format tag, an emoji).
     */
    @Provide
    Arbitrary<String> nameLikeText() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withChars("aAeEoOuUyYnNgGhHtT'-").ofMinLength(1).ofMaxLength(4),
                Arbitraries.of("ễ", "ị", "ồ", "Ư", "ơ", "đ", "Đ", "Ặ", "ñ", "Å", "ﬁ", "Ⅻ"),
                Arbitraries.of("\u0300", "\u0301", "\u0302", "\u0303", "\u0309", "\u0323", "\u031B", "\u20DD", "\u0903"),
                Arbitraries.of(" ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "\u2007", "\u202F", "\u3000",
                        "\u2028", "\u2029", "\u001C", "\u001F", "\u0085", "  "),
                Arbitraries.of("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u200E"),
                Arbitraries.of("\uD834\uDD65", "\uDB40\uDC41", "\uD83D\uDE00", "\uD834"));
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }
}
