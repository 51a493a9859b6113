package io.flowmason.fmpkg.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.JarEntry;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan of real class files, compiled by javac in the test. */
class ForbiddenCallsTest {

    @TempDir
    static Path dir;

    static Map<String, byte[]> classes;

    @BeforeAll
    static void compile() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/com/acme"));
        Files.writeString(src.resolve("Quitter.java"), """
                package com.acme;
                public class Quitter {
                    static final long BIG = 1L << 40;
                    public int execute(int code, String word) {
                        switch (code) { case 1: code++; break; case 2: code--; break; case 3: code += 3; break; default: break; }
                        switch (word) { case "a": code += 7; break; case "zz": code += 1000; break; default: break; }
                        long wide = BIG + code;
                        System.exit(code);
                        return (int) wide;
                    }
                    public void stop() {
                        Runtime.getRuntime().halt(3);
                    }
                    public Runnable later(int code) {
                        return () -> Runtime.getRuntime().exit(code);
                    }
                }
                """);
        Files.writeString(src.resolve("Harmless.java"), """
                package com.acme;
                public class Harmless {
                    public void exit(int code) { System.out.println("bye " + code); }
                    public void run() { exit(1); Runtime.getRuntime().gc(); System.out.println(System.currentTimeMillis()); }
                }
                """);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path out = Files.createDirectories(dir.resolve("classes"));
        int status = javac.run(null, null, null, "-d", out.toString(), src.resolve("Quitter.java").toString(),
                src.resolve("Harmless.java").toString());
        assertThat(status).isZero();
        classes = new LinkedHashMap<>();
        try (var files = Files.walk(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                classes.put(out.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
    }

    @Test
    void everyCallIsFoundWithItsClassAndMethodPastSwitchesAndWideConstants() {
        List<ForbiddenCalls.Call> calls = ForbiddenCalls.in(classes.get("com/acme/Quitter.class"));

        assertThat(calls).extracting(ForbiddenCalls.Call::describe).containsExactly(
                "com.acme.Quitter.execute calls System.exit",
                "com.acme.Quitter.stop calls Runtime.halt",
                "com.acme.Quitter.lambda$later$0 calls Runtime.exit");
        assertThat(ForbiddenCalls.mayCall(classes.get("com/acme/Quitter.class"))).isTrue();
    }

    @Test
    void aClassWithoutSuchCallsIsPassedOverByTheConstantPoolAlone() {
        byte[] harmless = classes.get("com/acme/Harmless.class");

        assertThat(ForbiddenCalls.mayCall(harmless)).isFalse();
        assertThat(ForbiddenCalls.in(harmless)).isEmpty();
    }

    @Test
    void theUploadChecksWarnAboutEachCallAndStillAcceptThePackage() throws Exception {
        Map<String, String> entries = TestJars.operatorEntries("io.flowmason.api.component.OperatorComponent", "word_count");
        entries.remove(TestJars.IMPLEMENTATION);
        Path file = TestJars.write(dir.resolve("quitter.fmpkg"), TestJars.packageHeaders(), entries);
        Path withClasses = dir.resolve("quitter-classes.fmpkg");
        try (JarFile source = new JarFile(file.toFile());
                JarOutputStream jar = new JarOutputStream(Files.newOutputStream(withClasses), source.getManifest())) {
            for (String name : entries.keySet()) {
                jar.putNextEntry(new JarEntry(name));
                jar.write(source.getInputStream(source.getEntry(name)).readAllBytes());
            }
            for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue());
            }
        }

        PackageFacts facts = new UploadChecks(1024 * 1024).check(withClasses, true);

        assertThat(facts.warnings()).extracting(Problem::detail).containsExactly(
                "com.acme.Quitter.execute calls System.exit: the instance turns the call into a failed stage (forbidden_call)"
                        + " instead of ending",
                "com.acme.Quitter.stop calls Runtime.halt: the instance turns the call into a failed stage (forbidden_call)"
                        + " instead of ending",
                "com.acme.Quitter.lambda$later$0 calls Runtime.exit: the instance turns the call into a failed stage"
                        + " (forbidden_call) instead of ending");
        assertThat(facts.warnings()).allSatisfy(w -> assertThat(w.fix()).contains("ComponentException"));
    }
}
