package vn.gialai.iwd.reporting.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a contributions report may be grouped by after the type. */
public enum ContributionGrouping {
    LEVEL, YEAR, SECTOR, UNIT;

    /** The name in the API and in the rows' keys: level, year, sector, unit. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ContributionGrouping> byApiName(String name) {
        return Arrays.stream(values()).filter(grouping -> grouping.apiName().equals(name)).findFirst();
    }
}
