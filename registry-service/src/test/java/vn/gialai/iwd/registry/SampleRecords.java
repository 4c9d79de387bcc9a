package vn.gialai.iwd.registry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Valid records as a unit's HR system would send them, to be varied per test. */
public final class SampleRecords {

    private SampleRecords() {
    }

    public static String externalId() {
        return "HR-" + UUID.randomUUID();
    }

    /** A CCCD consistent with a man born in 1985 in Gia Lai (province 064), unique per call. */
    public static String nationalIdOfMan1985() {
        return "064085" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    public static Map<String, Object> doctor() {
        Map<String, Object> record = new HashMap<>();
        record.put("fullName", "Nguyễn Văn An");
        record.put("dateOfBirth", "1985-03-15");
        record.put("gender", "M");
        record.put("ethnicity", "10");
        record.put("highestQualification", "MASTER");
        record.put("fieldOfStudy", "09");
        record.put("sector", "HEALTH");
        record.put("employment", "PUBLIC_EMPLOYEE");
        record.put("employer", "Bệnh viện Đa khoa tỉnh");
        record.put("meetsStandard", true);
        record.put("trainedAbroad", false);
        record.put("contributions", List.of(Map.of("type", "INITIATIVE", "title", "Quy trình cấp cứu mới",
                "year", 2024, "level", "PROVINCIAL")));
        record.put("effectiveDate", "2025-01-01");
        return record;
    }

    public static Map<String, Object> with(Map<String, Object> record, Object... keyValues) {
        Map<String, Object> copy = new HashMap<>(record);
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] == null) {
                copy.remove((String) keyValues[i]);
            } else {
                copy.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return copy;
    }
}
