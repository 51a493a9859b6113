package io.flowmason.launcher;

import io.flowmason.launcher.fixture.EchoOperator;
import io.flowmason.launcher.fixture.ExplodingOperator;
import io.flowmason.launcher.fixture.GreetingComponent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Writes small real bundles with one Declarative Services component, for deploy tests. */
final class TestBundles {

    static final String SERVICE_FILTER_PROPERTY = "fixture.name";

    /** What a test package looks like; see {@link #packageBundle}. */
    record PackageSpec(String symbolicName, String version, String packageName, String type, Class<?> componentClass,
            String extraImports, boolean immediate) {

        static PackageSpec echo(String symbolicName, String version, String packageName, String type) {
            return new PackageSpec(symbolicName, version, packageName, type, EchoOperator.class, null, false);
        }

        PackageSpec importing(String packageImport) {
            return new PackageSpec(symbolicName, version, packageName, type, componentClass, packageImport, immediate);
        }

        PackageSpec exploding() {
            return new PackageSpec(symbolicName, version, packageName, type, ExplodingOperator.class, extraImports, true);
        }
    }

    private TestBundles() {
    }

    /**
     * A bundle whose component registers a {@code java.util.function.Supplier} answering
     * {@code greeting}, with service property {@code fixture.name=<symbolicName>}.
     */
    static Path greetingBundle(Path target, String symbolicName, String version, String greeting) throws IOException {
        Manifest manifest = componentManifest(symbolicName, version, "OSGI-INF/greeting.xml");
        manifest.getMainAttributes().putValue("Require-Capability", "osgi.extender;filter:=\"(osgi.extender=osgi.component)\"");

        String className = GreetingComponent.class.getName();
        String component = """
                <?xml version="1.0" encoding="UTF-8"?>
                <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="%s" activate="activate" immediate="true">
                  <implementation class="%s"/>
                  <service><provide interface="java.util.function.Supplier"/></service>
                  <property name="%s" value="%s"/>
                  <property name="greeting" value="%s"/>
                </scr:component>
                """.formatted(symbolicName, className, SERVICE_FILTER_PROPERTY, symbolicName, greeting);

        Path partial = componentBundle(target.resolveSibling(target.getFileName() + ".part"), manifest, "OSGI-INF/greeting.xml",
                component, GreetingComponent.class);
        // Built beside the deploy folder and moved in whole, as an operator's copy should be.
        return Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The manifest of a bundle of one DS component, described at {@code descriptionPath}. */
    static Manifest componentManifest(String symbolicName, String version, String descriptionPath) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", version);
        main.putValue("Service-Component", descriptionPath);
        return manifest;
    }

    /** A bundle of one DS component: its description at {@code descriptionPath} and its class, taken from the test classes. */
    static Path componentBundle(Path target, Manifest manifest, String descriptionPath, String description, Class<?> componentClass)
            throws IOException {
        try (OutputStream file = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(file, manifest)) {
            jar.putNextEntry(new JarEntry(descriptionPath));
            jar.write(description.getBytes(StandardCharsets.UTF_8));
            String classFile = componentClass.getName().replace('.', '/') + ".class";
            jar.putNextEntry(new JarEntry(classFile));
            try (InputStream bytes = componentClass.getClassLoader().getResourceAsStream(classFile)) {
                bytes.transferTo(jar);
            }
        }
        return target;
    }

    /**
     * A FlowMason package with one operator (a real DS component registering OperatorComponent),
     * its component descriptor and the FlowMason-Package header, as the build tooling writes them.
     */
    static Path packageBundle(Path target, PackageSpec spec) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", spec.symbolicName());
        main.putValue("Bundle-Version", spec.version());
        main.putValue("FlowMason-Package", spec.packageName());
        main.putValue("Service-Component", "OSGI-INF/component.xml");
        main.putValue("Import-Package", "io.flowmason.api.component;version=\"[1.0,2)\""
                + (spec.extraImports() == null ? "" : "," + spec.extraImports()));

        String className = spec.componentClass().getName();
        String activate = spec.componentClass() == ExplodingOperator.class ? " activate=\"activate\"" : "";
        String component = """
                <?xml version="1.0" encoding="UTF-8"?>
                <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="%s"%s immediate="%s">
                  <implementation class="%s"/>
                  <service><provide interface="io.flowmason.api.component.OperatorComponent"/></service>
                  <property name="flowmason.component.type" value="%s"/>
                  <property name="flowmason.component.category" value="testing"/>
                  <property name="flowmason.component.description" value="Answers its input"/>
                </scr:component>
                """.formatted(className, activate, spec.immediate(), className, spec.type());
        String schema = "{\"type\":\"object\",\"properties\":{\"text\":{\"type\":\"string\"}}}";
        String descriptor = """
                {"descriptor_version": 1, "components": [{"type": "%s", "kind": "operator", "class": "%s",
                 "category": "testing", "description": "Answers its input", "recommended_providers": [], "required_capabilities": [],
                 "input_class": "%s", "output_class": "%s", "input_schema": %s, "output_schema": %s}]}
                """.formatted(spec.type(), className, EchoOperator.Input.class.getName(), EchoOperator.Output.class.getName(),
                schema, schema);

        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (OutputStream file = Files.newOutputStream(partial); JarOutputStream jar = new JarOutputStream(file, manifest)) {
            entry(jar, "OSGI-INF/component.xml", component.getBytes(StandardCharsets.UTF_8));
            entry(jar, "OSGI-INF/flowmason/components.json", descriptor.getBytes(StandardCharsets.UTF_8));
            for (Class<?> type : List.of(spec.componentClass(), EchoOperator.Input.class, EchoOperator.Output.class)) {
                String classFile = type.getName().replace('.', '/') + ".class";
                try (InputStream bytes = type.getClassLoader().getResourceAsStream(classFile)) {
                    entry(jar, classFile, bytes.readAllBytes());
                }
            }
        }
        return Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void entry(JarOutputStream jar, String name, byte[] content) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(content);
        jar.closeEntry();
    }
}
