package io.flowmason.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.LogManager;

/**
 * Sends every log to stdout: slf4j (most bundles) through slf4j-simple's system properties,
 * java.util.logging (SPI Fly, Jersey, hk2) through conf/logging.properties.
 */
final class LogSetup {

    private LogSetup() {
    }

    static void configure(Path home) {
        Path julConfig = home.resolve("conf/logging.properties");
        if (System.getProperty("java.util.logging.config.file") == null && Files.isRegularFile(julConfig)) {
            try (InputStream in = Files.newInputStream(julConfig)) {
                LogManager.getLogManager().readConfiguration(in);
            } catch (IOException e) {
                System.err.println("flowmason: ignoring " + julConfig + ": " + e.getMessage());
            }
        }
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.out");
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "info");
        setIfAbsent("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
