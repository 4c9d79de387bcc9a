package vn.gialai.iwd.registry.service;

import org.junit.jupiter.api.Test;

import java.util.List;

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
}
