package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/** The distribution's pinned bundle set in a real framework: everything resolves and starts. */
class RuntimeBundlesIT {

    @TempDir
    static Path work;

    static InProcessInstance instance;

    @BeforeAll
    static void start() throws Exception {
        instance = InProcessInstance.start(work);
    }

    @AfterAll
    static void stop() throws Exception {
        instance.close();
    }

    @Test
    void everyBundleIsActiveAndEveryFragmentResolved() {
        Bundle[] bundles = instance.context().getBundles();

        List<String> notRunning = Arrays.stream(bundles)
                .filter(b -> b.getState() != (isFragment(b) ? Bundle.RESOLVED : Bundle.ACTIVE))
                .map(b -> b.getSymbolicName() + " " + b.getVersion() + " in state " + b.getState())
                .toList();

        assertThat(notRunning).as("bundles that are not running").isEmpty();
        assertThat(bundles).as("system bundle + runtime bundles + platform bundles").hasSizeGreaterThan(55);
    }

    @Test
    void theRuntimeServicesAreRegistered() throws Exception {
        for (String service : List.of(
                "org.osgi.service.cm.ConfigurationAdmin",
                "org.osgi.service.component.runtime.ServiceComponentRuntime",
                "org.osgi.service.log.LoggerFactory",
                "org.osgi.service.servlet.runtime.HttpServiceRuntime",
                "org.osgi.service.jakartars.runtime.JakartarsServiceRuntime")) {
            assertThat(instance.context().getAllServiceReferences(service, null)).as(service).isNotEmpty();
        }
    }

    @Test
    void theShippedWhiteboardConfigurationMakesTheGatewayAnswer() throws Exception {
        var health = Http.get(instance.port(), "/api/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"version\":\"it\"");
    }

    @Test
    void ourOnlyBundlesInTheRuntimeAreThePlatformBundles() throws Exception {
        try (var files = java.nio.file.Files.list(InProcessInstance.distribution().resolve("bundles"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("io.flowmason."))
                    .map(n -> n.replaceFirst("-[0-9][^-]*(-SNAPSHOT)?\\.jar$", "")))
                    .as("helpers that packages embed (llm-support, expression-support) must not ship as bundles")
                    .containsExactlyInAnyOrder("io.flowmason.api", "io.flowmason.executor", "io.flowmason.gateway");
        }
    }

    @Test
    void thePlatformBundlesAreMarkedAndActive() {
        List<Bundle> platform = Arrays.stream(instance.context().getBundles())
                .filter(b -> b.getHeaders("").get("FlowMason-Platform") != null)
                .toList();

        assertThat(platform).extracting(Bundle::getSymbolicName).contains("io.flowmason.gateway");
        assertThat(platform).allMatch(b -> b.getState() == Bundle.ACTIVE);
    }

    @Test
    void schemaValidationWorksInsideTheFramework() throws Exception {
        // The validator lives in a private package of the executor bundle: reach it through its service.
        var references = instance.context().getAllServiceReferences("io.flowmason.executor.internal.validation.SchemaValidator", null);
        assertThat(references).as("the SchemaValidator component").hasSize(1);
        var reference = references[0];
        Object validator = instance.context().getService(reference);
        try {
            // The meta-schemas and messages come from the validator bundle, whatever the thread's context class loader.
            Thread.currentThread().setContextClassLoader(null);
            Object schema = validator.getClass().getMethod("compile", Map.class).invoke(validator,
                    Map.of("type", "object", "required", List.of("ticket_text"),
                            "properties", Map.of("at", Map.of("type", "string", "format", "date-time"))));
            Object violations = schema.getClass().getMethod("validate", Object.class).invoke(schema, Map.of("at", "soon"));

            assertThat(violations.toString()).contains("path=/ticket_text", "required property 'ticket_text' is missing",
                    "path=/at", "is not a valid date-time");
        } finally {
            Thread.currentThread().setContextClassLoader(RuntimeBundlesIT.class.getClassLoader());
            instance.context().ungetService(reference);
        }
    }

    private static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
    }
}
