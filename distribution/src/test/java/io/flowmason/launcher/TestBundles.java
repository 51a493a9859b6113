package io.flowmason.launcher;

import io.flowmason.launcher.fixture.GreetingComponent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Writes small real bundles with one Declarative Services component, for deploy tests. */
final class TestBundles {

    static final String SERVICE_FILTER_PROPERTY = "fixture.name";

    private TestBundles() {
    }

    /**
     * A bundle whose component registers a {@code java.util.function.Supplier} answering
     * {@code greeting}, with service property {@code fixture.name=<symbolicName>}.
     */
    static Path greetingBundle(Path target, String symbolicName, String version, String greeting) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", version);
        main.putValue("Service-Component", "OSGI-INF/greeting.xml");
        main.putValue("Require-Capability", "osgi.extender;filter:=\"(osgi.extender=osgi.component)\"");

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

        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (OutputStream file = Files.newOutputStream(partial); JarOutputStream jar = new JarOutputStream(file, manifest)) {
            jar.putNextEntry(new JarEntry("OSGI-INF/greeting.xml"));
            jar.write(component.getBytes(StandardCharsets.UTF_8));
            String classFile = className.replace('.', '/') + ".class";
            jar.putNextEntry(new JarEntry(classFile));
            try (InputStream bytes = GreetingComponent.class.getClassLoader().getResourceAsStream(classFile)) {
                bytes.transferTo(jar);
            }
        }
        // Built beside the deploy folder and moved in whole, as an operator's copy should be.
        return Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
