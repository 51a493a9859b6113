package io.flowmason.fmpkg.checks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Writes small jars with chosen manifest headers and entries, as a build tool would. */
public final class TestJars {

    public static final String IMPLEMENTATION = "com/acme/text/WordCount.class";

    private TestJars() {
    }

    /** The headers bnd with fmpkg.bnd writes for acme-corp/text-tools 1.0.0. */
    public static Map<String, String> packageHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Bundle-ManifestVersion", "2");
        headers.put("Bundle-SymbolicName", "acme-corp.text-tools");
        headers.put("Bundle-Version", "1.0.0");
        headers.put("FlowMason-Package", "acme-corp/text-tools");
        headers.put("Service-Component", "OSGI-INF/com.acme.text.WordCount.xml");
        return headers;
    }

    /** The descriptor and DS description of one operator word_count, and its (empty) class file. */
    public static Map<String, String> operatorEntries(String dsInterface, String dsType) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("OSGI-INF/flowmason/components.json", """
                {"descriptor_version": 1, "components": [{"type": "word_count", "kind": "operator",
                 "class": "com.acme.text.WordCount", "category": "text",
                 "input_schema": {"type": "object", "properties": {"text": {"type": "string"}}},
                 "output_schema": {"type": "object", "properties": {"words": {"type": "integer"}}}}]}""");
        entries.put("OSGI-INF/com.acme.text.WordCount.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="com.acme.text.WordCount">
                  <property name="flowmason.component.type" type="String" value="%s"/>
                  <service><provide interface="%s"/></service>
                  <implementation class="com.acme.text.WordCount"/>
                </scr:component>""".formatted(dsType, dsInterface));
        entries.put(IMPLEMENTATION, "");
        return entries;
    }

    public static Path write(Path file, Map<String, String> headers, Map<String, String> entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach(manifest.getMainAttributes()::putValue);
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return file;
    }
}
