package io.flowmason.cli.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Writes the files of a new package project from the templates fm carries, filled in for one {@link NewProject}. */
final class ProjectTemplate {

    private static final String TEMPLATES = "template/";

    private ProjectTemplate() {
    }

    /** Writes the project into {@code dir} (which must not exist or be empty) and answers the files, relative to it. */
    static List<Path> write(NewProject project, Path dir) throws IOException {
        Map<String, String> values = new LinkedHashMap<>(versions());
        values.putAll(project.values());
        String source = "src/main/java/" + project.packagePath() + "/";
        String test = "src/test/java/" + project.packagePath() + "/";
        Map<String, String> files = new LinkedHashMap<>();
        files.put("pom.xml", "pom.xml");
        files.put("bnd.bnd", "bnd.bnd");
        files.put(".gitignore", "gitignore");
        files.put("README.md", "README.md.template");
        files.put(source + project.className() + ".java", "Operator.java.template");
        files.put(test + project.className() + "Test.java", "OperatorTest.java.template");
        files.put(test + project.className() + "ContractTest.java", "ContractTest.java.template");
        files.put("src/test/resources/fm-examples/" + project.type() + ".json", "example.json.template");

        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            written.add(write(dir, file.getKey(), fill(resource(TEMPLATES + file.getValue()), values)));
        }
        // the SDK's policy for packages, exactly as it ships: bnd.bnd includes it
        written.add(write(dir, "fmpkg.bnd", resource("fmpkg.bnd")));
        return written;
    }

    private static Path write(Path dir, String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return Path.of(relative);
    }

    static String fill(String template, Map<String, String> values) {
        String filled = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        int left = filled.indexOf("{{");
        if (left >= 0) {
            throw new IllegalStateException("a template has no value for " + filled.substring(left, filled.indexOf("}}", left) + 2));
        }
        return filled;
    }

    /** The versions of FlowMason and of the build's tools this fm was built with. */
    static Map<String, String> versions() {
        Properties properties = new Properties();
        try (InputStream in = ProjectTemplate.class.getResourceAsStream("versions.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> versions = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(name -> versions.put(name, properties.getProperty(name)));
        return versions;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ProjectTemplate.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("fm's jar lacks its template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
