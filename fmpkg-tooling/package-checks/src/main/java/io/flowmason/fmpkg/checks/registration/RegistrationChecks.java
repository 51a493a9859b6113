package io.flowmason.fmpkg.checks.registration;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowmason.api.component.AsyncOperatorComponent;
import io.flowmason.api.component.ComponentNamespace;
import io.flowmason.api.component.NodeComponent;
import io.flowmason.api.component.OperatorComponent;
import io.flowmason.fmpkg.checks.ComponentDescriptors;
import io.flowmason.fmpkg.checks.DescribedComponent;
import io.flowmason.fmpkg.checks.Problem;
import io.flowmason.fmpkg.checks.UploadChecks;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * What decides, after a package is installed, whether the instance lists and runs its components:
 * the registry reads the descriptor, and each described component must be a Declarative Services
 * component of the right interface whose service properties name its type. The instance accepts
 * an upload that fails these and shows the failure as the component's {@code load_error}; a
 * developer wants to know before deploying. Also checks that the bundle is named as fmpkg.bnd
 * names it, so one package name is one bundle identity however the package was built.
 */
public final class RegistrationChecks {

    private RegistrationChecks() {
    }

    /** The Bundle-SymbolicName fmpkg.bnd derives from a package name: {@code acme-corp/x} is {@code acme-corp.x}. */
    public static String symbolicNameOf(String packageName) {
        return packageName.replaceFirst("^@?([^/]+)/(.+)$", "$1.$2");
    }

    /** Every problem of an opened package file; empty when its components can register. */
    public static List<Problem> check(JarFile jar) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Attributes main = jar.getManifest() == null ? new Attributes() : jar.getManifest().getMainAttributes();
        checkSymbolicName(main, problems);
        ZipEntry entry = jar.getEntry(ComponentNamespace.DESCRIPTOR_PATH);
        if (entry == null) {
            return problems;
        }
        List<DescribedComponent> described;
        try (InputStream in = jar.getInputStream(entry)) {
            described = ComponentDescriptors.read(in);
        } catch (IOException e) {
            problems.add(new Problem("the instance cannot read " + ComponentNamespace.DESCRIPTOR_PATH + " (" + e.getMessage()
                    + "), so it lists none of the package's components", UploadChecks.REBUILD_WITH_PROCESSOR));
            return problems;
        }
        List<DsComponent> dsComponents;
        try {
            dsComponents = DsDescriptions.read(jar, main.getValue("Service-Component"));
        } catch (IOException e) {
            problems.add(new Problem(e.getMessage(), "build the package with bnd including fmpkg.bnd, which writes the"
                    + " Declarative Services descriptions from @Component"));
            dsComponents = List.of();
        }
        for (DescribedComponent component : described) {
            checkSchema(component, "input_schema", component.inputSchema(), problems);
            checkSchema(component, "output_schema", component.outputSchema(), problems);
            checkRegistration(jar, component, dsComponents, problems);
        }
        return problems;
    }

    private static void checkSymbolicName(Attributes main, List<Problem> problems) {
        String packageName = main.getValue(ComponentNamespace.PACKAGE_HEADER);
        String header = main.getValue("Bundle-SymbolicName");
        if (packageName == null || header == null || !UploadChecks.PACKAGE_NAME.matcher(packageName.trim()).matches()) {
            return;
        }
        String expected = symbolicNameOf(packageName.trim());
        String actual = header.split(";")[0].trim();
        if (!expected.equals(actual)) {
            problems.add(new Problem("Bundle-SymbolicName is " + actual + ", but fmpkg.bnd names the bundle of package " + packageName
                    + " " + expected, "include fmpkg.bnd in the package's bnd file and do not set Bundle-SymbolicName yourself"));
        }
    }

    private static void checkSchema(DescribedComponent component, String field, JsonNode schema, List<Problem> problems) {
        if (!schema.isObject()) {
            problems.add(new Problem("component " + component.type() + " has no " + field + " in the descriptor", UploadChecks.REBUILD_WITH_PROCESSOR));
        } else if (!"object".equals(schema.path("type").asText())) {
            problems.add(new Problem("component " + component.type() + "'s " + field + " does not describe a JSON object (type is "
                    + schema.path("type") + ")", "make the component's Input and Output records and rebuild with the FlowMason"
                    + " processor"));
        }
    }

    private static void checkRegistration(JarFile jar, DescribedComponent component, List<DsComponent> dsComponents,
            List<Problem> problems) {
        String implementation = component.implementationClass();
        String annotation = "node".equals(component.kind()) ? "@Node" : "@Operator";
        if (implementation.isEmpty() || jar.getEntry(implementation.replace('.', '/') + ".class") == null) {
            problems.add(new Problem("component " + component.type() + "'s class " + (implementation.isEmpty() ? "(none named)"
                    : implementation) + " is not in the package", "build the package from the classes the processor described,"
                    + " with bnd including fmpkg.bnd"));
            return;
        }
        Optional<DsComponent> ds = dsComponents.stream().filter(c -> implementation.equals(c.implementationClass())).findFirst();
        if (ds.isEmpty()) {
            problems.add(new Problem("no Declarative Services component is implemented by " + implementation + ", so component "
                    + component.type() + " never registers", "annotate " + implementation + " with @Component"
                    + " (org.osgi.service.component.annotations) beside " + annotation + " and build with bnd including fmpkg.bnd"));
            return;
        }
        List<String> interfaces = "node".equals(component.kind()) ? List.of(NodeComponent.class.getName())
                : List.of(OperatorComponent.class.getName(), AsyncOperatorComponent.class.getName());
        if (ds.get().provides().stream().noneMatch(interfaces::contains)) {
            problems.add(new Problem("the Declarative Services component " + ds.get().name() + " registers " + ds.get().provides()
                    + ", not " + String.join(" or ", interfaces), "let " + implementation + " implement "
                    + simpleName(interfaces.get(0)) + " directly and keep @Component without a service attribute"));
        }
        String type = ds.get().properties().get(ComponentNamespace.TYPE);
        if (!component.type().equals(type)) {
            problems.add(new Problem("the Declarative Services component " + ds.get().name() + " has " + ComponentNamespace.TYPE
                    + "=" + type + " instead of " + component.type(), "put " + annotation + "(type = \"" + component.type()
                    + "\") on " + implementation + " and build with bnd including fmpkg.bnd (-dsannotations-options: inherit)"));
        }
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
