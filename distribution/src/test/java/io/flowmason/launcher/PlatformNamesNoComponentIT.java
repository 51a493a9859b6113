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

    /**
     * Literals that equal a component type by coincidence, each with what it really is. Only these
     * exact class and literal pairs are let through.
     */
    private static final java.util.Map<String, String> COINCIDENCES = java.util.Map.of(
            "io/flowmason/executor/internal/registry/UnresolvedRequirements.class \"filter\"",
            "the OSGi requirement directive, Namespace.REQUIREMENT_FILTER_DIRECTIVE");

    private static List<Path> packages() throws IOException {
        List<Path> packages = new ArrayList<>(Stream.of("test.package", "sample.package.1.0.0")
                .map(p -> Path.of(System.getProperty(p))).toList());
        for (String folder : List.of("core-packages", "examples")) {
            try (Stream<Path> files = Files.list(InProcessInstance.distribution().resolve(folder))) {
                files.filter(f -> f.getFileName().toString().endsWith(".fmpkg")).forEach(packages::add);
            }
        }
        return packages;
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
        assertThat(types).contains("text_upper", "sample_greeter", "json_transform", "generator", "support_classifier");
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
                    java.util.Set<String> literals = stringLiterals(bytes);
                    for (String type : types) {
                        if (literals.contains(type) && !COINCIDENCES.containsKey(entry.getName() + " \"" + type + "\"")) {
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

    /** Whether a class file holds this string literal (a CONSTANT_String entry of its constant pool). */
    static boolean holdsConstant(byte[] classFile, String value) {
        return stringLiterals(classFile).contains(value);
    }

    /** The string literals of a class file, read from its constant pool. */
    static java.util.Set<String> stringLiterals(byte[] classFile) {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(classFile);
        in.position(8);
        int count = Short.toUnsignedInt(in.getShort());
        String[] utf8 = new String[count];
        List<Integer> stringIndexes = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = Byte.toUnsignedInt(in.get());
            switch (tag) {
                case 1 -> {
                    byte[] bytes = new byte[Short.toUnsignedInt(in.getShort())];
                    in.get(bytes);
                    utf8[i] = new String(bytes, StandardCharsets.UTF_8);
                }
                case 8 -> stringIndexes.add(Short.toUnsignedInt(in.getShort()));
                case 7, 16, 19, 20 -> in.position(in.position() + 2);
                case 15 -> in.position(in.position() + 3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.position(in.position() + 4);
                case 5, 6 -> {
                    in.position(in.position() + 8);
                    i++;
                }
                default -> throw new IllegalStateException("unknown constant pool tag " + tag);
            }
        }
        java.util.Set<String> literals = new java.util.HashSet<>();
        stringIndexes.forEach(index -> literals.add(utf8[index]));
        return literals;
    }

    @Test
    void theConstantCheckFindsAConstantWhenOneIsThere() throws IOException {
        byte[] own;
        try (InputStream in = PlatformNamesNoComponentIT.class.getResourceAsStream("PlatformNamesNoComponentIT.class")) {
            own = in.readAllBytes();
        }
        assertThat(holdsConstant(own, "OSGI-INF/flowmason/components.json")).isTrue();
        assertThat(holdsConstant(own, String.join("/", "OSGI-INF", "flowmason"))).as("a prefix of a constant is no constant").isFalse();
        assertThat(holdsConstant(own, String.join("", "holds", "Constant"))).as("a method name is no string literal").isFalse();
    }
}
