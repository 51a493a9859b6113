package io.flowmason.fmpkg.processor;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@code OSGI-INF/flowmason/components.json}: {@code descriptor_version} and the components
 * sorted by type, each with its metadata and input and output JSON Schemas.
 */
final class DescriptorWriter {

    static final int DESCRIPTOR_VERSION = 1;

    private DescriptorWriter() {
    }

    static void write(Filer filer, Collection<ComponentDescription> components) throws IOException {
        List<ComponentDescription> sorted = new ArrayList<>(components);
        sorted.sort(Comparator.comparing(ComponentDescription::type));
        Element[] originating = sorted.stream().map(ComponentDescription::element).toArray(Element[]::new);
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", ApiNames.DESCRIPTOR_PATH, originating);
        try (Writer out = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
            out.write(JsonWriter.pretty(descriptor(sorted)));
            out.write('\n');
        }
    }

    static Map<String, Object> descriptor(List<ComponentDescription> sorted) {
        List<Object> entries = new ArrayList<>();
        for (ComponentDescription component : sorted) {
            entries.add(entry(component));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("descriptor_version", DESCRIPTOR_VERSION);
        root.put("components", entries);
        return root;
    }

    private static Map<String, Object> entry(ComponentDescription component) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("type", component.type());
        entry.put("kind", component.kind().jsonName);
        entry.put("class", component.className());
        entry.put("category", component.category());
        entry.put("description", component.description());
        entry.put("recommended_providers", component.recommendedProviders());
        entry.put("required_capabilities", component.requiredCapabilities());
        entry.put("input_class", component.inputClass());
        entry.put("output_class", component.outputClass());
        entry.put("input_schema", component.inputSchema());
        entry.put("output_schema", component.outputSchema());
        return entry;
    }
}
