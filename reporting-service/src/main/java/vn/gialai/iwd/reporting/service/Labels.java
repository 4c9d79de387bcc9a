package vn.gialai.iwd.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.reporting.domain.Dimension;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Vietnamese labels of breakdown keys (labels.properties); units are labelled from unit_view instead. */
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
        String label = labels.getProperty(dimension.apiName() + "." + key);
        if (label != null) {
            return label;
        }
        return Dimension.UNKNOWN.equals(key) ? "Không rõ" : key;
    }
}
