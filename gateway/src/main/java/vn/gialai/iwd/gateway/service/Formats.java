package vn.gialai.iwd.gateway.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How the pages write numbers and dates: Vietnamese 3.038, 77,5 %, 01/12/2026; English 3,038,
 * 77.5%, 1 December 2026. Times are the province's (Asia/Ho_Chi_Minh).
 */
final class Formats {

    static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final char NO_BREAK_SPACE = '\u00a0';

    private final Language language;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    Formats(Language language) {
        this.language = language;
        this.date = DateTimeFormatter.ofPattern(language == Language.VI ? "dd/MM/yyyy" : "d MMMM yyyy", language.locale());
        this.dateTime = DateTimeFormatter.ofPattern(language == Language.VI ? "HH:mm 'ngày' dd/MM/yyyy" : "HH:mm, d MMMM yyyy",
                language.locale());
    }

    String count(long value) {
        return NumberFormat.getIntegerInstance(language.locale()).format(value);
    }

    /** A share (0.775) as a percentage with one decimal: "77,5 %" or "77.5%". */
    String percent(BigDecimal share) {
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        String number = format.format(share.movePointRight(2).setScale(1, RoundingMode.HALF_UP));
        return language == Language.VI ? number + NO_BREAK_SPACE + "%" : number + "%";
    }

    String date(LocalDate value) {
        return date.format(value);
    }

    String dateTime(OffsetDateTime value) {
        return dateTime.format(value.atZoneSameInstant(PROVINCE));
    }
}
