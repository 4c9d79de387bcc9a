package vn.gialai.iwd.registry.events;

import io.quarkus.runtime.ApplicationConfig;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The Kafka security settings (IWD_KAFKA_*) reach the outbox producer's configuration: from the
 * environment through application.properties and KafkaSettings (the map the consumers and the health
 * check's admin client are made from too) to KafkaProducerFactory. No broker: producers are made and
 * closed without sending.
 */
class KafkaSecuritySettingsTest {

    private static final ApplicationConfig NO_APPLICATION_NAME = (ApplicationConfig) Proxy.newProxyInstance(
            ApplicationConfig.class.getClassLoader(), new Class<?>[]{ApplicationConfig.class},
            (proxy, method, args) -> Optional.empty());

    private static final List<String> OPTIONAL_SETTINGS = List.of(SaslConfigs.SASL_MECHANISM,
            SaslConfigs.SASL_JAAS_CONFIG, SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG,
            SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG);

    /** The producer configuration this service would use with these environment variables. */
    private static Map<String, Object> producerConfig(Map<String, String> environment) throws IOException {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(
                        KafkaSecuritySettingsTest.class.getResource("/application.properties"), 250))
                .withSources(new PropertiesConfigSource(environment, "environment", 300))
                .build();
        return KafkaProducerFactory.producerConfig(new KafkaSettings().kafkaSettings(config, NO_APPLICATION_NAME));
    }

    @Test
    void locallyPlaintextAndUnsetSettingsLeftOut() throws IOException {
        Map<String, Object> config = producerConfig(Map.of("IWD_KAFKA_BOOTSTRAP", "127.0.0.1:1"));

        assertEquals("PLAINTEXT", config.get(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG));
        assertEquals("127.0.0.1:1", config.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG));
        for (String setting : OPTIONAL_SETTINGS) {
            assertFalse(config.containsKey(setting), setting + " is unset, so it must be absent, not empty");
        }
        new KafkaProducer<String, String>(config).close(Duration.ZERO);
    }

    @Test
    void saslSslReachesTheProducer() throws IOException {
        String jaas = "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"registry-service\" password=\"test-only-not-a-secret\";";
        Map<String, Object> config = producerConfig(Map.of("IWD_KAFKA_BOOTSTRAP", "127.0.0.1:1",
                "IWD_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "IWD_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "IWD_KAFKA_SASL_JAAS_CONFIG", jaas));

        ProducerConfig parsed = new ProducerConfig(config);
        assertEquals("SASL_SSL", parsed.getString(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG));
        assertEquals("SCRAM-SHA-512", parsed.getString(SaslConfigs.SASL_MECHANISM));
        assertEquals(jaas, parsed.getPassword(SaslConfigs.SASL_JAAS_CONFIG).value());
        // No trust store set: the JVM's CAs. The SASL_SSL producer can be made, which an empty
        // ssl.truststore.password ("trust store is not specified, but trust store password is") would prevent.
        new KafkaProducer<String, String>(config).close(Duration.ZERO);
    }

    @Test
    void trustStoreReachesTheProducer() throws IOException {
        Map<String, Object> config = producerConfig(Map.of("IWD_KAFKA_SECURITY_PROTOCOL", "SSL",
                "IWD_KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/iwd/kafka/ca.p12",
                "IWD_KAFKA_SSL_TRUSTSTORE_TYPE", "PKCS12",
                "IWD_KAFKA_SSL_TRUSTSTORE_PASSWORD", "test-only-store-password"));

        ProducerConfig parsed = new ProducerConfig(config);
        assertEquals("SSL", parsed.getString(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG));
        assertEquals("/etc/iwd/kafka/ca.p12", parsed.getString(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG));
        assertEquals("PKCS12", parsed.getString(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG));
        assertEquals("test-only-store-password", parsed.getPassword(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG).value());
    }
}
