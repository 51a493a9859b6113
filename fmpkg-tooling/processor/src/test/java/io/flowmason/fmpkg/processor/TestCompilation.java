package io.flowmason.fmpkg.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Compiles in-memory sources with the processor, against the test classpath, into a folder. */
final class TestCompilation {

    private static final ObjectMapper JSON = new ObjectMapper();

    final boolean success;
    final List<Diagnostic<? extends JavaFileObject>> diagnostics;
    final Path outputDir;

    private TestCompilation(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, Path outputDir) {
        this.success = success;
        this.diagnostics = diagnostics;
        this.outputDir = outputDir;
    }

    /** Sources keyed by path, e.g. {@code acme/Greeter.java} or {@code acme/package-info.java}. */
    static TestCompilation compile(Path outputDir, Map<String, String> sources, Processor... extraProcessors) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((path, code) -> units.add(new Source(path, code)));
        List<String> options = List.of("-d", outputDir.toString(), "-s", outputDir.toString(),
                "-classpath", System.getProperty("java.class.path"));
        JavaCompiler.CompilationTask task = compiler.getTask(null, null, collector, options, null, units);
        List<Processor> processors = new ArrayList<>(List.of(extraProcessors));
        processors.add(new ComponentProcessor());
        task.setProcessors(processors);
        boolean success = task.call();
        return new TestCompilation(success, collector.getDiagnostics(), outputDir);
    }

    static TestCompilation compile(Path outputDir, String path, String code) {
        return compile(outputDir, Map.of(path, code));
    }

    List<String> errors() {
        return messages(Diagnostic.Kind.ERROR);
    }

    /** Errors, warnings and mandatory warnings: what a clean build must not have. */
    List<String> problems() {
        return diagnostics.stream()
                .filter(d -> d.getKind() != Diagnostic.Kind.NOTE && d.getKind() != Diagnostic.Kind.OTHER)
                .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT))
                .collect(Collectors.toList());
    }

    List<String> messages(Diagnostic.Kind kind) {
        return diagnostics.stream().filter(d -> d.getKind() == kind)
                .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
    }

    /** The single error's diagnostic, failing unless there is exactly one. */
    Diagnostic<? extends JavaFileObject> onlyError() {
        List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).collect(Collectors.toList());
        if (errors.size() != 1) {
            throw new AssertionError("expected exactly one error, got " + problems());
        }
        return errors.get(0);
    }

    Path descriptorPath() {
        return outputDir.resolve("OSGI-INF/flowmason/components.json");
    }

    boolean wroteDescriptor() {
        return Files.exists(descriptorPath());
    }

    JsonNode descriptor() {
        try {
            return JSON.readTree(descriptorPath().toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The descriptor's entry for {@code type}. */
    JsonNode component(String type) {
        for (JsonNode component : descriptor().get("components")) {
            if (component.get("type").asText().equals(type)) {
                return component;
            }
        }
        throw new AssertionError("no component " + type + " in " + descriptor());
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String path, String code) {
            super(URI.create("string:///" + path), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
