package vn.gialai.iwd.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.reporting.domain.Dimension;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Vietnamese labels of breakdown and contribution keys (labels.properties); units are labelled from unit_view instead. */
@ApplicationScoped
public class Labels {

    private final Properties labels = new Properties();

    Labels() {
        try (var reader = new InputStreamReader(
                Labels.class.getResourceAsStream("/labels.properties"), StandardCharsets.UTF_8)) {
            labels.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String label(Dimension dimension, String key) {
        return label(dimension.apiName(), key);
    }

    /** The label of a value of a breakdown's dimension or of a contribution report's grouping (type, level). */
    public String label(String grouping, String key) {
        String label = labels.getProperty(grouping + "." + key);
        if (label != null) {
            return label;
        }
        return Dimension.UNKNOWN.equals(key) ? "Không rõ" : key;
    }
}
