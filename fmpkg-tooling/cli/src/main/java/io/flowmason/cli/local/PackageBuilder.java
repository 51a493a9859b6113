package io.flowmason.cli.local;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;
import io.flowmason.cli.CliFailure;
import io.flowmason.cli.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.Attributes;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Builds a project's {@code .fmpkg} the way the bnd command line does, in process: javac compiles
 * {@code src/main/java} against the SDK with the FlowMason processor on the processor path, then
 * bnd's Builder makes the bundle from the compiled classes and the project's bnd file (which
 * includes fmpkg.bnd). Jars in the project's {@code lib/} join the class path, for bnd's
 * {@code -conditionalpackage} to embed.
 */
final class PackageBuilder {

    private PackageBuilder() {
    }

    /** Builds {@code target/<name>-<version>.fmpkg} in the project folder and answers it. */
    static Path build(Path project, PrintWriter err) throws IOException {
        Path bndFile = bndFile(project);
        Path sources = project.resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            throw new CliFailure(ExitCodes.FAILED, project + " has no src/main/java: fm package compiles the package's sources"
                    + " from there (fm init creates that layout)");
        }
        Path work = project.resolve("target/fm");
        deleteTree(work);
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<Path> classpath = new ArrayList<>(SdkJars.compileClasspath());
        classpath.addAll(jarsIn(project.resolve("lib")));
        compile(javaFiles(sources), classpath, classes, err);
        copyTree(project.resolve("src/main/resources"), classes);
        return bundle(project, bndFile, classes, classpath, err);
    }

    private static Path bndFile(Path project) throws IOException {
        Path standard = project.resolve("bnd.bnd");
        if (Files.isRegularFile(standard)) {
            return standard;
        }
        List<Path> candidates;
        try (Stream<Path> files = Files.list(project)) {
            candidates = files.filter(f -> f.getFileName().toString().endsWith(".bnd") && !f.endsWith("fmpkg.bnd")).toList();
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        throw new CliFailure(ExitCodes.FAILED, (candidates.isEmpty() ? project + " has no bnd file" : project
                + " has several bnd files and no bnd.bnd") + ": write bnd.bnd with the package's three lines: '-include:"
                + " ${.}/fmpkg.bnd', 'Bundle-Version: 1.0.0', 'FlowMason-Package: <scope>/<name>'");
    }

    private static void compile(List<Path> sources, List<Path> classpath, Path classes, PrintWriter err) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new CliFailure(ExitCodes.FAILED, "fm package needs a JDK, and " + System.getProperty("java.home")
                    + " has no javac: set JAVA_HOME to a JDK 17 or later");
        }
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath);
            files.setLocationFromPaths(StandardLocation.ANNOTATION_PROCESSOR_PATH, List.of(SdkJars.processor()));
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            boolean compiled = javac.getTask(err, files, null, List.of("--release", "17", "-encoding", "UTF-8"), null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            err.flush();
            if (!compiled) {
                throw new CliFailure(ExitCodes.FAILED, "the package does not compile; javac and the FlowMason processor say why above");
            }
        }
    }

    private static Path bundle(Path project, Path bndFile, Path classes, List<Path> classpath, PrintWriter err) throws IOException {
        try (Builder builder = new Builder()) {
            builder.setProperties(bndFile.toFile());
            builder.setProperty("fmpkg.classes", classes.toString());
            builder.addClasspath(classes.toFile());
            for (Path jar : classpath) {
                builder.addClasspath(jar.toFile());
            }
            Jar jar = builder.build();
            builder.getWarnings().forEach(warning -> err.println("bnd: warning: " + warning));
            if (!builder.isOk()) {
                builder.getErrors().forEach(error -> err.println("bnd: error: " + error));
                err.flush();
                throw new CliFailure(ExitCodes.FAILED, "bnd could not build the bundle from " + project.relativize(bndFile)
                        + "; its errors are above");
            }
            err.flush();
            Attributes manifest = jar.getManifest().getMainAttributes();
            String name = manifest.getValue("FlowMason-Package");
            String base = name == null ? project.toAbsolutePath().normalize().getFileName().toString()
                    : name.substring(name.lastIndexOf('/') + 1);
            Path file = project.resolve("target").resolve(base + "-" + manifest.getValue("Bundle-Version") + ".fmpkg");
            jar.write(file.toFile());
            return file;
        } catch (CliFailure failure) {
            throw failure;
        } catch (Exception e) {
            throw new CliFailure(ExitCodes.FAILED, "bnd failed on " + bndFile + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> javaFiles(Path sources) throws IOException {
        try (Stream<Path> files = Files.walk(sources)) {
            List<Path> java = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
            if (java.isEmpty()) {
                throw new CliFailure(ExitCodes.FAILED, sources + " holds no .java files: a package needs at least one component");
            }
            return java;
        }
    }

    private static List<Path> jarsIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** For messages: a file relative to the current folder when it is under it, else its absolute path. */
    static String shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }
}
