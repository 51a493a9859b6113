package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The platform bundles know no component: no class of theirs holds a component type of any
 * package this build makes as a string constant, nor refers to a class of a component package.
 */
class PlatformNamesNoComponentIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Path> packages() {
        return Stream.of("test.package", "sample.package.1.0.0").map(p -> Path.of(System.getProperty(p))).toList();
    }

    private static List<Path> platformBundles() throws IOException {
        try (Stream<Path> files = Files.list(InProcessInstance.distribution().resolve("bundles"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("io.flowmason.")).toList();
        }
    }

    @Test
    void noPlatformClassNamesAComponentTypeOrAComponentClass() throws IOException {
        List<String> types = new ArrayList<>();
        List<String> packagePrefixes = new ArrayList<>();
        for (Path pkg : packages()) {
            try (JarFile jar = new JarFile(pkg.toFile()); InputStream in = jar.getInputStream(jar.getEntry("OSGI-INF/flowmason/components.json"))) {
                for (JsonNode component : JSON.readTree(in).path("components")) {
                    types.add(component.path("type").asText());
                    String type = component.path("class").asText();
                    packagePrefixes.add(type.substring(0, type.lastIndexOf('.')).replace('.', '/') + "/");
                }
            }
        }
        assertThat(types).contains("text_upper", "sample_greeter");
        List<Path> bundles = platformBundles();
        assertThat(bundles).extracting(b -> b.getFileName().toString())
                .anyMatch(n -> n.startsWith("io.flowmason.executor")).anyMatch(n -> n.startsWith("io.flowmason.gateway"));

        List<String> found = new ArrayList<>();
        for (Path bundle : bundles) {
            try (JarFile jar = new JarFile(bundle.toFile())) {
                for (JarEntry entry : Collections.list(jar.entries())) {
                    if (!entry.getName().endsWith(".class")) {
                        continue;
                    }
                    byte[] bytes;
                    try (InputStream in = jar.getInputStream(entry)) {
                        bytes = in.readAllBytes();
                    }
                    for (String type : types) {
                        if (holdsConstant(bytes, type)) {
                            found.add(bundle.getFileName() + "!" + entry.getName() + " holds \"" + type + "\"");
                        }
                    }
                    String text = new String(bytes, StandardCharsets.ISO_8859_1);
                    packagePrefixes.stream().filter(text::contains)
                            .forEach(p -> found.add(bundle.getFileName() + "!" + entry.getName() + " refers to " + p));
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /** Whether a class file's constant pool holds exactly this string (a CONSTANT_Utf8 entry). */
    static boolean holdsConstant(byte[] classFile, String value) {
        byte[] text = value.getBytes(StandardCharsets.UTF_8);
        byte[] entry = new byte[text.length + 3];
        entry[0] = 1;
        entry[1] = (byte) (text.length >> 8);
        entry[2] = (byte) text.length;
        System.arraycopy(text, 0, entry, 3, text.length);
        outer:
        for (int i = 0; i + entry.length <= classFile.length; i++) {
            for (int j = 0; j < entry.length; j++) {
                if (classFile[i + j] != entry[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void theConstantCheckFindsAConstantWhenOneIsThere() throws IOException {
        byte[] own;
        try (InputStream in = PlatformNamesNoComponentIT.class.getResourceAsStream("PlatformNamesNoComponentIT.class")) {
            own = in.readAllBytes();
        }
        assertThat(holdsConstant(own, "OSGI-INF/flowmason/components.json")).isTrue();
        assertThat(holdsConstant(own, String.join("/", "OSGI-INF", "flowmason"))).as("a prefix of a constant is no constant").isFalse();
    }
}
