package io.flowmason.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flowmason.api.component.ComponentNamespace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.osgi.framework.Constants;

/**
 * Component packages made in memory: a manifest with the {@code FlowMason-Package} header and the
 * descriptor the FlowMason processor wrote for {@link NoOpOperator} at build time, under the type
 * asked for. They carry no classes: the benchmark registers the operator's service for them.
 */
final class ComponentPackages {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode NO_OP = noOpDescriptor();

    private ComponentPackages() {
    }

    /** The bytes of a package providing {@code type} at {@code version}. */
    static byte[] jar(String type, String version) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, "benchmark." + type);
        main.putValue(Constants.BUNDLE_VERSION, version);
        main.putValue(ComponentNamespace.PACKAGE_HEADER, "benchmark/" + type);
        ObjectNode descriptor = JSON.createObjectNode().put("descriptor_version", 1);
        descriptor.putArray("components").add(((ObjectNode) NO_OP.deepCopy()).put("type", type));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.putNextEntry(new JarEntry(ComponentNamespace.DESCRIPTOR_PATH));
            jar.write(JSON.writeValueAsBytes(descriptor));
            jar.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static JsonNode noOpDescriptor() {
        try (InputStream in = ComponentPackages.class.getClassLoader().getResourceAsStream(ComponentNamespace.DESCRIPTOR_PATH)) {
            if (in == null) {
                throw new IllegalStateException(ComponentNamespace.DESCRIPTOR_PATH + " is missing from the class path;"
                        + " the FlowMason processor writes it when this module compiles");
            }
            for (JsonNode component : JSON.readTree(in).path("components")) {
                if (NoOpOperator.TYPE.equals(component.path("type").asText())) {
                    return component;
                }
            }
            throw new IllegalStateException(ComponentNamespace.DESCRIPTOR_PATH + " does not describe " + NoOpOperator.TYPE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
