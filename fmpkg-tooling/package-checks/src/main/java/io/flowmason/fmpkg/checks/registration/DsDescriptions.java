package io.flowmason.fmpkg.checks.registration;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads the Declarative Services component descriptions a bundle names in its {@code Service-Component} header. */
final class DsDescriptions {

    private DsDescriptions() {
    }

    /**
     * @param header the {@code Service-Component} header, or null
     * @throws IOException naming a listed description that is missing or is not DS XML
     */
    static List<DsComponent> read(JarFile jar, String header) throws IOException {
        List<DsComponent> components = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return components;
        }
        for (String path : header.split(",")) {
            for (JarEntry entry : entries(jar, path.trim())) {
                try (InputStream in = jar.getInputStream(entry)) {
                    components.addAll(parse(in, entry.getName()));
                }
            }
        }
        return components;
    }

    /** A path, or a path whose last segment has '*' wildcards, as the DS specification allows. */
    private static List<JarEntry> entries(JarFile jar, String path) throws IOException {
        if (!path.contains("*")) {
            JarEntry entry = jar.getJarEntry(path);
            if (entry == null) {
                throw new IOException("Service-Component names " + path + ", which is not in the package");
            }
            return List.of(entry);
        }
        Pattern pattern = Pattern.compile(Pattern.quote(path).replace("*", "\\E[^/]*\\Q"));
        return Collections.list(jar.entries()).stream().filter(e -> pattern.matcher(e.getName()).matches()).toList();
    }

    private static List<DsComponent> parse(InputStream in, String name) throws IOException {
        Element root;
        try {
            root = builder().parse(in).getDocumentElement();
        } catch (SAXException e) {
            throw new IOException(name + " is not a Declarative Services description: " + e.getMessage(), e);
        }
        List<DsComponent> components = new ArrayList<>();
        if ("component".equals(root.getLocalName())) {
            components.add(component(root));
        }
        for (Element element : children(root, "component")) {
            components.add(component(element));
        }
        return components;
    }

    private static DsComponent component(Element component) {
        String implementation = children(component, "implementation").stream().map(e -> e.getAttribute("class")).findFirst()
                .orElse("");
        List<String> provides = new ArrayList<>();
        for (Element service : children(component, "service")) {
            children(service, "provide").forEach(provide -> provides.add(provide.getAttribute("interface")));
        }
        Map<String, String> properties = new LinkedHashMap<>();
        for (Element property : children(component, "property")) {
            String value = property.hasAttribute("value") ? property.getAttribute("value") : property.getTextContent().strip();
            properties.put(property.getAttribute("name"), value);
        }
        return new DsComponent(component.getAttribute("name"), implementation, provides, properties);
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static DocumentBuilder builder() throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML parser: " + e.getMessage(), e);
        }
    }
}
