package io.flowmason.sample.greeter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The packages this module's build wrote, by Maven and by the bnd command line, are whole .fmpkg files. */
class SamplePackagesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path file(String which) {
        return switch (which) {
            case "maven" -> Path.of(System.getProperty("fmpkg.maven"));
            case "cli-1.0.0" -> Path.of(System.getProperty("fmpkg.cli.dir"), "samples-greeter-1.0.0.fmpkg");
            default -> Path.of(System.getProperty("fmpkg.cli.dir"), "samples-greeter-1.1.0.fmpkg");
        };
    }

    @ParameterizedTest
    @CsvSource({"maven, 1.0.0", "cli-1.0.0, 1.0.0", "cli-1.1.0, 1.1.0"})
    void isABundleNamedAndVersionedAsAPackageThatExportsNothing(String which, String version) throws IOException {
        try (JarFile jar = new JarFile(file(which).toFile())) {
            Attributes manifest = jar.getManifest().getMainAttributes();
            assertThat(manifest.getValue("Bundle-ManifestVersion")).isEqualTo("2");
            assertThat(manifest.getValue("FlowMason-Package")).isEqualTo("samples/greeter");
            assertThat(manifest.getValue("Bundle-SymbolicName")).isEqualTo("samples.greeter");
            assertThat(manifest.getValue("Bundle-Version")).isEqualTo(version);
            assertThat(manifest.getValue("Export-Package")).isNull();
            assertThat(manifest.getValue("Import-Package")).contains("io.flowmason.api.component;version=\"[1.1,2)\"");
            assertThat(manifest.getValue("Provide-Capability"))
                    .contains("flowmason.component;kind=operator;type=sample_greeter");
            assertThat(jar.getEntry("io/flowmason/sample/greeter/Greeter.class")).isNotNull();
        }
    }

    @ParameterizedTest
    @CsvSource({"maven", "cli-1.0.0", "cli-1.1.0"})
    void declaresItsComponentForDeclarativeServicesWithTheAnnotationValuesAsProperties(String which) throws IOException {
        try (JarFile jar = new JarFile(file(which).toFile())) {
            String serviceComponent = jar.getManifest().getMainAttributes().getValue("Service-Component");
            assertThat(serviceComponent).isNotNull();
            String xml = new String(jar.getInputStream(jar.getEntry(serviceComponent.split(",")[0].trim())).readAllBytes());
            assertThat(xml).contains("io.flowmason.api.component.OperatorComponent",
                    "name=\"flowmason.component.type\"", "value=\"sample_greeter\"", "name=\"flowmason.component.category\"");
        }
    }

    @ParameterizedTest
    @CsvSource({"maven", "cli-1.0.0", "cli-1.1.0"})
    void carriesTheDescriptorWithTheSchemasDerivedFromTheRecords(String which) throws IOException {
        try (JarFile jar = new JarFile(file(which).toFile())) {
            ZipEntry entry = jar.getEntry("OSGI-INF/flowmason/components.json");
            assertThat(entry).isNotNull();
            JsonNode descriptor;
            try (InputStream in = jar.getInputStream(entry)) {
                descriptor = JSON.readTree(in);
            }
            JsonNode component = descriptor.path("components").get(0);
            assertThat(component.path("type").asText()).isEqualTo("sample_greeter");
            assertThat(component.path("kind").asText()).isEqualTo("operator");
            assertThat(component.path("class").asText()).isEqualTo(Greeter.class.getName());
            JsonNode input = component.path("input_schema");
            assertThat(input.path("required").toString()).isEqualTo("[\"names\"]");
            assertThat(input.path("properties").path("names").path("items").path("type").asText()).isEqualTo("string");
            assertThat(input.path("properties").path("language").path("enum").toString())
                    .isEqualTo("[\"ENGLISH\",\"FRENCH\",\"GERMAN\"]");
            assertThat(input.path("properties").path("emphasis").path("default").asInt()).isEqualTo(1);
            assertThat(component.path("output_schema").path("properties").path("greetings").path("type").asText())
                    .isEqualTo("array");
        }
    }
}
